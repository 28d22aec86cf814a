using System.Text;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class EventLogTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_duplicate_source_id_is_appended_and_applied_once()
    {
        await using var node = await TestNode.StartAsync(database, output, s => s.AddGrain<ITallyGrain, TallyGrain>(TallyGrain.TypeName));
        var tally = new GrainId(TallyGrain.TypeName, "events/t-1");
        var elsewhere = new GrainId(TallyGrain.TypeName, "other/t-1");

        var firstBatch = await node.Events.AppendAsync([Event(tally, "a", 1), Event(tally, "a", 2), Event(tally, "b", 3)], default);
        var laterBatch = await node.Events.AppendAsync([Event(tally, "b", 4), Event(tally, "c", 5), Event(tally, "a", 6)], default);
        // A source id is unique within its scope only.
        var otherScope = await node.Events.AppendAsync([Event(elsewhere, "a", 7)], default);

        Assert.Equal(new[] { true, false, true }, firstBatch);
        Assert.Equal(new[] { false, true, false }, laterBatch);
        Assert.Equal(new[] { true }, otherScope);

        Assert.Equal(1, await database.ScalarAsync<int>("SELECT (payload->>'n')::int FROM grain_events WHERE scope = 'events' AND source_id = 'a'"));
        Assert.Equal(3L, await database.ScalarAsync<long>("SELECT count(*) FROM grain_events WHERE scope = 'events'"));
        await WaitUntilAppliedAsync(tally);
        await WaitUntilAppliedAsync(elsewhere);

        var state = await node.Grains.GetGrain<ITallyGrain>(tally.Key).GetAsync();
        Assert.Equal(3, state.Count);
        Assert.Equal(["a", "b", "c"], state.Sources);
        Assert.Equal(["a"], (await node.Grains.GetGrain<ITallyGrain>(elsewhere.Key).GetAsync()).Sources);
    }

    private static NewEvent Event(GrainId grain, string sourceId, int n) => new(grain, sourceId, "counted", Encoding.UTF8.GetBytes($$"""{"n":{{n}}}"""));

    private Task WaitUntilAppliedAsync(GrainId grain) => Eventually.TrueAsync(async () =>
        await database.ScalarAsync<long>("SELECT applied_seq FROM grain_state WHERE grain_key = $1", grain.Key)
        == await database.ScalarAsync<long>("SELECT max(seq) FROM grain_events WHERE grain_key = $1", grain.Key),
        $"{grain} to checkpoint its last event");
}
