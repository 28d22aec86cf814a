using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Saas.Grains.Outbox;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class OutboxTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Each_scope_gets_its_messages_once_in_gapless_sequence_order()
    {
        await using var node = await StartAsync();
        var subscriber = node.Services.GetServices<IOutboxSubscriber>().OfType<RecordingSubscriber>().Single();
        // Grains of one scope in different partitions, so their messages come from different checkpoints.
        var grains = Enumerable.Range(0, 100).Select(i => new GrainId(TallyGrain.TypeName, $"alpha/t-{i}"))
            .DistinctBy(g => node.Runtime.Partitions.PartitionOf(g)).Take(3)
            .Append(new GrainId(TallyGrain.TypeName, "beta/t-1"))
            .ToArray();
        const int rounds = 6;

        await Task.WhenAll(Enumerable.Range(0, rounds).Select(round => node.Events.AppendAsync(
            [.. grains.Select(g => new NewEvent(g, $"r{round}-{g.Key}", "counted", "{}"u8.ToArray()))], default)));

        await Eventually.TrueAsync(() => subscriber.Received.Count >= grains.Length * rounds, "every message to be delivered");
        await Task.Delay(500); // several more polls: nothing is delivered twice
        var received = subscriber.Received;
        Assert.Equal(grains.Length * rounds, received.Count);

        foreach (var scope in grains.GroupBy(g => g.Scope))
        {
            var ofScope = received.Where(m => m.Scope == scope.Key).ToArray();
            Assert.Equal(Enumerable.Range(1, scope.Count() * rounds).Select(i => (long)i), ofScope.Select(m => m.Sequence));
            var payloads = ofScope.Select(m => JsonSerializer.Deserialize<Tallied>(m.PayloadJson, JsonSerializerOptions.Web)!).ToArray();
            Assert.Equal(ofScope.Length, payloads.Select(p => p.SourceId).Distinct().Count());
            foreach (var grain in scope)
            {
                // A grain's messages come in the order it applied its events.
                Assert.Equal(Enumerable.Range(1, rounds), payloads.Where(p => p.Key == grain.Key).Select(p => p.Count));
            }
        }
    }

    [Fact]
    public async Task Every_node_receives_every_message_whichever_node_emitted_it()
    {
        await using var first = await StartAsync();
        await first.WaitUntilOwnsAllAsync();
        await using var second = await StartAsync();
        await Eventually.TrueAsync(() => first.Owned.Count == TestNode.Partitions / 2 && second.Owned.Count == TestNode.Partitions / 2,
            "the nodes to split the partitions");
        // One grain on each node, in one scope.
        GrainId[] grains =
        [
            new(TallyGrain.TypeName, KeyIn(first, "gamma")),
            new(TallyGrain.TypeName, KeyIn(second, "gamma")),
        ];

        for (var round = 0; round < 3; round++)
        {
            await first.Events.AppendAsync([.. grains.Select(g => new NewEvent(g, $"r{round}-{g.Key}", "counted", "{}"u8.ToArray()))], default);
        }

        foreach (var node in new[] { first, second })
        {
            var subscriber = node.Services.GetServices<IOutboxSubscriber>().OfType<RecordingSubscriber>().Single();
            await Eventually.TrueAsync(() => subscriber.Received.Count(m => m.Scope == "gamma") >= 6, $"{node.Id} to receive the messages");
            Assert.Equal([1L, 2, 3, 4, 5, 6], subscriber.Received.Where(m => m.Scope == "gamma").Select(m => m.Sequence));
        }
    }

    private static string KeyIn(TestNode node, string scope) =>
        Enumerable.Range(0, 1_000).Select(i => $"{scope}/t-{i}").First(k => node.Owned.Contains(node.PartitionOf<ITallyGrain>(k)));

    private Task<TestNode> StartAsync() => TestNode.StartAsync(database, output, s => s
        .AddOutboxSubscriber<RecordingSubscriber>()
        .AddGrain<ITallyGrain, TallyGrain>(TallyGrain.TypeName));
}
