using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

/// <summary>What a grain hands its next checkpoint besides state and outbox messages: facts and due times.</summary>
public sealed class CheckpointExtrasTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_reminder_set_at_checkpoint_is_written_with_the_state_and_wakes_the_grain_when_due()
    {
        var facts = new FactLog();
        await using var node = await StartAsync(facts);
        var grain = new GrainId(WakerGrain.TypeName, "extras/w-1");

        await node.Events.AppendAsync([new NewEvent(grain, "w1-e1", "wake", """{"inMs":700}"""u8.ToArray())], default);

        await Eventually.TrueAsync(async () => await DueRowsAsync(grain) == 1, "the reminder row written by the checkpoint", 15);
        Assert.Equal(["w1-e1"], facts.Received.Select(f => (string)f.Payload));
        Assert.Empty(await database.ColumnAsync<string>("SELECT kind FROM grain_outbox WHERE scope = 'extras'"));
        await Eventually.TrueAsync(async () => await StoredWakesAsync(grain) == 1, "the reminder to wake the grain and its state to be written");
        // The wake set no new reminder: the one-shot row is gone.
        await Eventually.TrueAsync(async () => await DueRowsAsync(grain) == 0, "the fired reminder's row to be removed");
    }

    [Fact]
    public async Task A_null_due_time_removes_the_reminder_in_the_checkpoint()
    {
        await using var node = await StartAsync(new FactLog());
        var grain = new GrainId(WakerGrain.TypeName, "extras/w-2");
        await node.Events.AppendAsync([new NewEvent(grain, "w2-e1", "wake", """{"inMs":600000}"""u8.ToArray())], default);
        await Eventually.TrueAsync(async () => await DueRowsAsync(grain) == 1, "the reminder row", 15);

        await node.Events.AppendAsync([new NewEvent(grain, "w2-e2", "wake", """{"inMs":null}"""u8.ToArray())], default);

        await Eventually.TrueAsync(async () => await DueRowsAsync(grain) == 0, "the checkpoint to remove the reminder");
    }

    private Task<long> DueRowsAsync(GrainId grain) =>
        database.ScalarAsync<long>("SELECT count(*) FROM grain_reminders WHERE grain_key = $1 AND name = $2", grain.Key, WakerGrain.Reminder);

    private Task<int> StoredWakesAsync(GrainId grain) =>
        database.ScalarAsync<int>("SELECT coalesce((state::json->>'wakes')::int, 0) FROM grain_state WHERE grain_key = $1", grain.Key);

    private Task<TestNode> StartAsync(FactLog facts) => TestNode.StartAsync(database, output, s => s
        .AddSingleton(facts)
        .AddCheckpointParticipant<FactLog.Participant>()
        .AddGrain<IWakerGrain, WakerGrain>(WakerGrain.TypeName));
}

public interface IWakerGrain;

public sealed class WakerState
{
    public int Wakes { get; set; }
}

public sealed record Wake(int? InMs);

/// <summary>Each event records a fact and sets (or, with no delay, removes) its reminder at the next checkpoint.</summary>
public sealed class WakerGrain : Grain<WakerState>, IWakerGrain, IEventSourcedGrain, IRemindable
{
    public const string TypeName = "waker";
    public const string Reminder = "wake";

    public Task ApplyAsync(GrainEvent grainEvent)
    {
        Record("applied", grainEvent.SourceId);
        var wake = grainEvent.Payload<Wake>(System.Text.Json.JsonSerializerOptions.Web);
        SetReminderAtCheckpoint(Reminder, wake.InMs is { } ms ? DateTimeOffset.UtcNow.AddMilliseconds(ms) : null);
        return Task.CompletedTask;
    }

    public async Task ReceiveReminderAsync(string reminderName)
    {
        State.Wakes++;
        await WriteStateAsync();
    }
}

/// <summary>The facts checkpoint participants were shown, in order.</summary>
public sealed class FactLog
{
    private readonly ConcurrentQueue<PendingFact> _received = new();

    public IReadOnlyList<PendingFact> Received => [.. _received];

    public sealed class Participant(FactLog log) : ICheckpointParticipant
    {
        public Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
        {
            foreach (var fact in context.Facts) log._received.Enqueue(fact);
            return Task.CompletedTask;
        }
    }
}
