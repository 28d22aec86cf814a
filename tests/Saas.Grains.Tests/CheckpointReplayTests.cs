using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class CheckpointReplayTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task After_failed_checkpoints_and_a_crash_the_next_node_applies_each_event_exactly_once()
    {
        await database.ExecuteAsync(TallyProjection.CreateTable);
        var tally = new GrainId(TallyGrain.TypeName, "replay/t-1");
        var firstSwitch = new CheckpointSwitch();
        await using var first = await StartAsync(firstSwitch);

        await first.Events.AppendAsync(Events(tally, 0, 5), default);
        await Eventually.TrueAsync(async () => await StoredCountAsync(tally) == 5, "the first batch to be checkpointed");

        firstSwitch.Fail = true;
        await first.Events.AppendAsync(Events(tally, 5, 10), default);
        await Eventually.TrueAsync(() => firstSwitch.Failures >= 1, "a checkpoint of the second batch to fail");

        // Nothing of the failed batch is durable: state, projection and outbox are all still at the first batch.
        Assert.Equal(5, await StoredCountAsync(tally));
        Assert.Equal(5, await database.ScalarAsync<int>("SELECT count FROM tally_projection WHERE grain_key = $1", tally.Key));
        Assert.Equal(5L, await database.ScalarAsync<long>("SELECT count(*) FROM grain_outbox WHERE scope = 'replay'"));

        await first.CrashAsync();
        await using var second = await StartAsync(new CheckpointSwitch());
        await Eventually.TrueAsync(async () => await StoredCountAsync(tally) >= 10, "the second node to replay the second batch", 8);

        var lastSeq = await database.ScalarAsync<long>("SELECT max(seq) FROM grain_events WHERE grain_key = $1", tally.Key);
        Assert.Equal(lastSeq, await database.ScalarAsync<long>("SELECT applied_seq FROM grain_state WHERE grain_key = $1", tally.Key));
        Assert.Equal(10, await StoredCountAsync(tally));
        Assert.Equal(10, await database.ScalarAsync<int>("SELECT count FROM tally_projection WHERE grain_key = $1", tally.Key));

        await Eventually.TrueAsync(() => second.Owned.Contains(second.PartitionOf<ITallyGrain>(tally.Key)), "the second node to own the grain");
        var state = await second.Grains.GetGrain<ITallyGrain>(tally.Key).GetAsync();
        Assert.Equal(10, state.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"e{i}"), state.Sources);

        // One outbox message per event, numbered 1..10 in event order.
        var messages = await database.ColumnAsync<string>("SELECT payload::text FROM grain_outbox WHERE scope = 'replay' ORDER BY sequence");
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i),
            await database.ColumnAsync<long>("SELECT sequence FROM grain_outbox WHERE scope = 'replay' ORDER BY sequence"));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"e{i}"),
            messages.Select(m => JsonSerializer.Deserialize<Tallied>(m, JsonSerializerOptions.Web)!.SourceId));
    }

    private static NewEvent[] Events(GrainId grain, int from, int to) =>
        [.. Enumerable.Range(from, to - from).Select(i => new NewEvent(grain, $"e{i}", "counted", "{}"u8.ToArray()))];

    private Task<int> StoredCountAsync(GrainId grain) =>
        database.ScalarAsync<int>("SELECT (state::json->>'count')::int FROM grain_state WHERE grain_type = $1 AND grain_key = $2", grain.Type, grain.Key);

    private Task<TestNode> StartAsync(CheckpointSwitch failures) => TestNode.StartAsync(database, output, s => s
        .AddSingleton(failures)
        .AddCheckpointParticipant<TallyProjection>()
        .AddGrain<ITallyGrain, TallyGrain>(TallyGrain.TypeName));
}
