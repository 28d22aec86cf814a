using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

/// <summary>Moving events between grains and erasing a grain's events: both grains start again from their own events.</summary>
public sealed class RebuildTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Moved_events_rebuild_both_grains_and_their_facts_come_back_as_replays()
    {
        var seen = new RebuildLog();
        await using var node = await StartAsync(seen);
        var a = new GrainId(LedgerGrain.TypeName, "rebuild/a");
        var b = new GrainId(LedgerGrain.TypeName, "rebuild/b");
        await node.Events.AppendAsync([Entry(a, "a1", 1), Entry(a, "a2", 10), Entry(b, "b1", 100)], default);
        await Eventually.TrueAsync(async () => await TotalAsync(a) == 11 && await TotalAsync(b) == 100, "the first events applied", 15);

        await using (var connection = await node.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Equal(1, await node.Events.MoveAsync(connection, a, b, ["a2"], "move-1", default));
            await transaction.CommitAsync();
        }

        await Eventually.TrueAsync(async () => await TotalAsync(a) == 1 && await TotalAsync(b) == 110, "both grains rebuilt from their events", 15);
        Assert.Equal(["a1", "a2", "b1"], seen.Facts.Order());
        Assert.Equal(["a1", "a2", "b1"], seen.Replayed.Order());
        Assert.Contains(a, seen.Rebuilt);
        Assert.Contains(b, seen.Rebuilt);
        Assert.Empty(seen.Removed);

        await node.Events.AppendAsync([Entry(b, "b2", 1000)], default);
        await Eventually.TrueAsync(async () => await TotalAsync(b) == 1110, "a later event applied on the rebuilt state", 15);
        Assert.Equal(["a1", "a2", "b1", "b2"], seen.Facts.Order());
    }

    [Fact]
    public async Task An_erased_grain_is_removed_with_its_reminders_and_stays_empty()
    {
        var seen = new RebuildLog();
        await using var node = await StartAsync(seen);
        var gone = new GrainId(LedgerGrain.TypeName, "rebuild/gone");
        await node.Events.AppendAsync([Entry(gone, "g1", 5)], default);
        await Eventually.TrueAsync(async () => await TotalAsync(gone) == 5, "the event applied", 15);
        Assert.Equal(1, await RemindersAsync(gone));

        await using (var connection = await node.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await node.Events.EraseAsync(connection, gone, "erase-1", default);
            await transaction.CommitAsync();
        }

        await Eventually.TrueAsync(() => Task.FromResult(seen.Removed.Contains(gone)), "the participants told of the removal", 15);
        // Participants are told inside the checkpoint's transaction: the state row goes when it commits.
        await Eventually.TrueAsync(async () => await database.ScalarAsync<long>("SELECT count(*) FROM grain_state WHERE grain_key = $1", gone.Key) == 0,
            "the removal's checkpoint to commit");
        Assert.Equal(0, await RemindersAsync(gone));
        Assert.Equal(["grain.rebuild"], await database.ColumnAsync<string>("SELECT kind FROM grain_events WHERE grain_key = $1", gone.Key));

        // A new event starts the grain afresh, not from what was erased.
        await node.Events.AppendAsync([Entry(gone, "g2", 7)], default);
        await Eventually.TrueAsync(async () => await TotalAsync(gone) == 7, "a fresh grain", 15);
    }

    private static NewEvent Entry(GrainId grain, string sourceId, int amount) => new(grain, sourceId, "entry", Encoding.UTF8.GetBytes($$"""{"amount":{{amount}}}"""));

    private Task<int> TotalAsync(GrainId grain) =>
        database.ScalarAsync<int>("SELECT coalesce((SELECT (state::json->>'total')::int FROM grain_state WHERE grain_key = $1), -1)", grain.Key);

    private Task<long> RemindersAsync(GrainId grain) =>
        database.ScalarAsync<long>("SELECT count(*) FROM grain_reminders WHERE grain_key = $1", grain.Key);

    private Task<TestNode> StartAsync(RebuildLog seen) => TestNode.StartAsync(database, output, s => s
        .AddSingleton(seen)
        .AddCheckpointParticipant<RebuildLog.Participant>()
        .AddGrain<ILedgerGrain, LedgerGrain>(LedgerGrain.TypeName));
}

public interface ILedgerGrain;

public sealed class LedgerState
{
    public int Total { get; set; }
}

public sealed record LedgerEntry(int Amount);

/// <summary>Adds each entry to its total, records a fact per entry and keeps a far reminder.</summary>
public sealed class LedgerGrain : Grain<LedgerState>, ILedgerGrain, IEventSourcedGrain
{
    public const string TypeName = "ledger";

    public Task ApplyAsync(GrainEvent grainEvent)
    {
        State.Total += grainEvent.Payload<LedgerEntry>(System.Text.Json.JsonSerializerOptions.Web).Amount;
        Record("entry", grainEvent.SourceId);
        SetReminderAtCheckpoint("audit", DateTimeOffset.UtcNow.AddDays(1));
        return Task.CompletedTask;
    }
}

/// <summary>What checkpoint participants were told: new facts, replayed facts, rebuilt and removed grains.</summary>
public sealed class RebuildLog
{
    private readonly ConcurrentQueue<string> _facts = new();
    private readonly ConcurrentQueue<string> _replayed = new();
    private readonly ConcurrentQueue<GrainId> _rebuilt = new();
    private readonly ConcurrentQueue<GrainId> _removed = new();

    public IReadOnlyList<string> Facts => [.. _facts];

    public IReadOnlyList<string> Replayed => [.. _replayed];

    public IReadOnlyList<GrainId> Rebuilt => [.. _rebuilt];

    public IReadOnlyList<GrainId> Removed => [.. _removed];

    public sealed class Participant(RebuildLog log) : ICheckpointParticipant
    {
        public Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
        {
            foreach (var fact in context.Facts) log._facts.Enqueue((string)fact.Payload);
            foreach (var fact in context.ReplayedFacts) log._replayed.Enqueue((string)fact.Payload);
            foreach (var grain in context.Rebuilt) log._rebuilt.Enqueue(grain);
            foreach (var grain in context.Removed) log._removed.Enqueue(grain);
            return Task.CompletedTask;
        }
    }
}
