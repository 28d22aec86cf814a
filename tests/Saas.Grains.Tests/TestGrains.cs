using System.Collections.Concurrent;
using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Saas.Grains.Outbox;

namespace Saas.Grains.Tests;

/// <summary>What the test grains saw, shared by the nodes of one test.</summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<string, int> _activations = new();
    private readonly ConcurrentDictionary<string, int> _deactivations = new();
    private readonly ConcurrentQueue<(int Call, bool Enter)> _turns = new();
    private readonly ConcurrentQueue<(string Key, string Reminder, string Node)> _reminders = new();
    private int _inside;
    private int _overlaps;

    public IReadOnlyList<(int Call, bool Enter)> Turns => [.. _turns];

    public IReadOnlyList<(string Key, string Reminder, string Node)> Reminders => [.. _reminders];

    /// <summary>How many times a turn started while another one was running.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    public int ActivationsOf(string key) => _activations.GetValueOrDefault(key);

    public int DeactivationsOf(string key) => _deactivations.GetValueOrDefault(key);

    public void Activated(string key) => _activations.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Deactivated(string key) => _deactivations.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Enter(int call)
    {
        if (Interlocked.Increment(ref _inside) > 1) Interlocked.Increment(ref _overlaps);
        _turns.Enqueue((call, true));
    }

    public void Exit(int call)
    {
        _turns.Enqueue((call, false));
        Interlocked.Decrement(ref _inside);
    }

    public void Reminded(string key, string reminder, string node) => _reminders.Enqueue((key, reminder, node));
}

public interface ICounterGrain
{
    Task<int> IncrementAsync(int call);

    Task<int> GetAsync();

    Task<int> FailAsync(bool synchronously);
}

/// <summary>A stateless grain whose increment reads, yields, then writes: unsafe unless turns never interleave.</summary>
public sealed class CounterGrain(Probe probe) : Grain, ICounterGrain
{
    private int _count;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId.Key);
        // A slow activation widens the window in which concurrent first calls could race.
        await Task.Delay(50, cancellationToken);
    }

    public async Task<int> IncrementAsync(int call)
    {
        probe.Enter(call);
        var read = _count;
        if (call % 2 == 0) await Task.Yield();
        else await Task.Delay(1);
        _count = read + 1;
        probe.Exit(call);
        return _count;
    }

    public Task<int> GetAsync() => Task.FromResult(_count);

    public Task<int> FailAsync(bool synchronously) =>
        synchronously ? throw new ArgumentException("Refused before any await.") : FailLaterAsync();

    private static async Task<int> FailLaterAsync()
    {
        await Task.Yield();
        throw new ArgumentException("Refused after an await.");
    }
}

public sealed class NoteState
{
    public string? Text { get; set; }

    public int Writes { get; set; }
}

public sealed record NoteSnapshot(string? Text, int Writes, string? Etag, bool RecordExists);

public interface INoteGrain
{
    Task WriteAsync(string text);

    Task<NoteSnapshot> ReadAsync();

    Task GoIdleAsync();

    Task RemindInAsync(string name, int milliseconds, int? periodMilliseconds = null);
}

/// <summary>A grain with persistent state that also takes reminders.</summary>
public sealed class NoteGrain(Probe probe, GrainsOptions options) : Grain<NoteState>, INoteGrain, IRemindable
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId.Key);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Deactivated(GrainId.Key);
        return Task.CompletedTask;
    }

    public async Task WriteAsync(string text)
    {
        State.Text = text;
        State.Writes++;
        await WriteStateAsync();
    }

    public Task<NoteSnapshot> ReadAsync() =>
        Task.FromResult(new NoteSnapshot(State.Text, State.Writes, PersistentState.Etag, PersistentState.RecordExists));

    public Task GoIdleAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task RemindInAsync(string name, int milliseconds, int? periodMilliseconds = null) =>
        RegisterOrUpdateReminderAsync(
            name, Time.GetUtcNow().AddMilliseconds(milliseconds), periodMilliseconds is { } p ? TimeSpan.FromMilliseconds(p) : null);

    public Task ReceiveReminderAsync(string reminderName)
    {
        probe.Reminded(GrainId.Key, reminderName, options.NodeId);
        return Task.CompletedTask;
    }
}

public sealed class TallyState
{
    public int Count { get; set; }

    public List<string> Sources { get; set; } = [];
}

public interface ITallyGrain
{
    Task<TallyState> GetAsync();
}

/// <summary>An event-sourced grain: counts the events applied to it and emits one outbox message per event.</summary>
public sealed class TallyGrain : Grain<TallyState>, ITallyGrain, IEventSourcedGrain
{
    public const string TypeName = "tally";

    public Task ApplyAsync(GrainEvent grainEvent)
    {
        State.Count++;
        State.Sources.Add(grainEvent.SourceId);
        Emit("tallied", new Tallied(GrainId.Key, grainEvent.SourceId, State.Count));
        return Task.CompletedTask;
    }

    public Task<TallyState> GetAsync() => Task.FromResult(new TallyState { Count = State.Count, Sources = [.. State.Sources] });
}

public sealed record Tallied(string Key, string SourceId, int Count);

/// <summary>Makes the next checkpoints of one node fail, on demand.</summary>
public sealed class CheckpointSwitch
{
    private volatile bool _fail;
    private int _failures;

    public bool Fail
    {
        get => _fail;
        set => _fail = value;
    }

    public int Failures => Volatile.Read(ref _failures);

    public void Failed() => Interlocked.Increment(ref _failures);
}

/// <summary>A projection of tallies written in the checkpoint transaction (table tally_projection), which can be made to fail.</summary>
public sealed class TallyProjection(CheckpointSwitch failures) : ICheckpointParticipant
{
    public const string CreateTable = "CREATE TABLE IF NOT EXISTS tally_projection (grain_key text PRIMARY KEY, count int NOT NULL)";

    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        foreach (var (grain, state) in context.StatesOf<TallyState>(TallyGrain.TypeName))
        {
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO tally_projection (grain_key, count) VALUES ($1, $2)
                ON CONFLICT (grain_key) DO UPDATE SET count = excluded.count
                """, context.Connection);
            cmd.Parameters.AddWithValue(grain.Key);
            cmd.Parameters.AddWithValue(state.Count);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        if (failures.Fail)
        {
            failures.Failed();
            throw new InvalidOperationException("Injected checkpoint failure.");
        }
    }
}

/// <summary>Keeps every outbox message delivered to its node, in delivery order.</summary>
public sealed class RecordingSubscriber : IOutboxSubscriber
{
    private readonly ConcurrentQueue<OutboxEnvelope> _received = new();

    public IReadOnlyList<OutboxEnvelope> Received => [.. _received];

    public Task DeliverAsync(IReadOnlyList<OutboxEnvelope> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages) _received.Enqueue(message);
        return Task.CompletedTask;
    }
}
