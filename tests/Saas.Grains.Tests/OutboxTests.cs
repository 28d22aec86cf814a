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
        await using var node = await TestNode.StartAsync(database, output, s => s
            .AddOutboxSubscriber<RecordingSubscriber>()
            .AddGrain<ITallyGrain, TallyGrain>(TallyGrain.TypeName));
        var subscriber = node.Services.GetServices<IOutboxSubscriber>().OfType<RecordingSubscriber>().Single();
        // Grains of one scope in different partitions, so their messages come from different checkpoints.
        var grains = Enumerable.Range(0, 100).Select(i => new GrainId(TallyGrain.TypeName, $"alpha/t-{i}"))
            .DistinctBy(g => node.Runtime.Partitions.PartitionOf(g)).Take(3)
            .Append(new GrainId(TallyGrain.TypeName, "beta/t-1"))
            .ToArray();
        const int rounds = 6;

        await Task.WhenAll(Enumerable.Range(0, rounds).Select(round => node.Events.AppendAsync(
            [.. grains.Select(g => new NewEvent(g, $"r{round}-{g.Key}", "counted", "{}"))], default)));

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
}
