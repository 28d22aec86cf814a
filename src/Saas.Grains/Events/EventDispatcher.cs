using Microsoft.Extensions.Logging;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Saas.Grains.Storage;

namespace Saas.Grains.Events;

/// <summary>
/// Feeds the events of this node's partitions to their grains in rounds: read the next events of every owned
/// partition, apply them in memory (grains in parallel, each in its own turn), then one checkpoint transaction
/// for the whole round. If the checkpoint fails, the touched activations are dropped and the round is read
/// again, so every event takes effect exactly once. One transaction per round, not per partition, keeps the
/// cost per event flat however many partitions the node owns.
/// </summary>
internal sealed partial class EventDispatcher(GrainRuntime runtime, EventReader reader, ILogger logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly AsyncSignal _signal = new();
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly Dictionary<int, EventPosition> _cursors = [];

    /// <summary>Wakes the loop: new events may have been appended.</summary>
    public void Signal() => _signal.Set();

    /// <summary>Starts feeding these partitions from their stored cursors.</summary>
    public async Task AddAsync(IEnumerable<int> partitions, CancellationToken ct)
    {
        await _round.WaitAsync(ct);
        try
        {
            foreach (var partition in partitions) _cursors[partition] = await reader.ReadCursorAsync(partition, ct);
        }
        finally
        {
            _round.Release();
        }
        Signal();
    }

    /// <summary>Stops feeding these partitions once the round in progress has completed or rolled back.</summary>
    public async Task RemoveAsync(IEnumerable<int> partitions)
    {
        await _round.WaitAsync();
        try
        {
            foreach (var partition in partitions) _cursors.Remove(partition);
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>Runs rounds until <paramref name="ct"/> is canceled; a round cut short is read again.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            bool worked;
            try
            {
                await _round.WaitAsync(ct);
                try
                {
                    worked = await RunRoundAsync(ct);
                }
                finally
                {
                    _round.Release();
                }
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                // Stopping, the database perhaps already gone: the next owner reads the round again from the checkpoints.
                return;
            }
            catch (Exception ex)
            {
                LogRoundFailed(logger, ex);
                await AsyncSignal.PauseAsync(RetryDelay, ct);
                continue;
            }
            if (!worked)
            {
                await _signal.WaitAsync(runtime.Options.DispatchPollInterval, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <returns>False if there was nothing to do.</returns>
    private async Task<bool> RunRoundAsync(CancellationToken ct)
    {
        if (_cursors.Count == 0) return false;
        var events = await reader.ReadAfterAsync(_cursors, runtime.Options.DispatchBatchSize, ct);
        if (events.Count == 0) return false;
        var advances = events.GroupBy(e => e.Partition)
            .Select(g => new CursorAdvance(g.Key, _cursors[g.Key], g.Last().Event.Position)).ToArray();
        try
        {
            await ApplyAsync(events.Select(e => e.Event).ToArray(), advances);
        }
        catch
        {
            // Another node may have taken a partition over; start again from what is stored.
            foreach (var partition in _cursors.Keys.ToArray()) _cursors[partition] = await reader.ReadCursorAsync(partition, CancellationToken.None);
            throw;
        }
        foreach (var advance in advances) _cursors[advance.Partition] = advance.To;
        return true;
    }

    private async Task ApplyAsync(IReadOnlyList<GrainEvent> events, IReadOnlyList<CursorAdvance> advances)
    {
        var groups = events.GroupBy(e => e.Grain).ToArray();
        var (read, stored) = await ReadMissingStatesAsync(groups.Select(g => g.Key));
        // A grain collected since the read above is read again on its own, never started empty.
        var activations = await Task.WhenAll(groups.Select(g => runtime.Catalog.GetOrActivateAsync(g.Key,
            () => read.Contains(g.Key) ? Task.FromResult(stored.GetValueOrDefault(g.Key)) : runtime.Store.ReadAsync(g.Key))));
        foreach (var activation in activations) activation.Pin();
        try
        {
            var outcomes = await Task.WhenAll(groups.Select((g, i) => ApplyToGrainAsync(activations[i], g.ToArray())));
            var checkpoints = outcomes.Where(o => o.Checkpoint is not null).Select(o => o.Checkpoint!).ToArray();
            await runtime.Checkpoints.WriteAsync(checkpoints, advances, [.. outcomes.SelectMany(o => o.DeadLetters)], CancellationToken.None);
            for (var i = 0; i < activations.Length; i++)
            {
                if (outcomes[i].Checkpoint is { } written) activations[i].Context.State!.Version = written.Removed ? 0 : written.ExpectedVersion + 1;
            }
        }
        catch
        {
            await Task.WhenAll(activations.Select(runtime.Catalog.DiscardAsync));
            throw;
        }
        finally
        {
            foreach (var activation in activations) activation.Unpin();
        }
    }

    /// <summary>Reads the stored states of the grains not resident here in one query per grain type.</summary>
    private async Task<(HashSet<GrainId> Read, Dictionary<GrainId, StoredState> States)> ReadMissingStatesAsync(IEnumerable<GrainId> grains)
    {
        var read = grains.Where(g => !runtime.Catalog.IsResident(g)).ToHashSet();
        var states = new Dictionary<GrainId, StoredState>();
        foreach (var byType in read.GroupBy(g => g.Type))
        {
            var rows = await runtime.Store.ReadManyAsync(byType.Key, byType.Select(g => g.Key).ToArray());
            foreach (var (key, state) in rows) states[new GrainId(byType.Key, key)] = state;
        }
        return (read, states);
    }

    private async Task<ApplyOutcome> ApplyToGrainAsync(GrainActivation activation, GrainEvent[] events)
    {
        var (ran, outcome) = await activation.TryRunTurnAsync(async grain =>
        {
            var context = activation.Context;
            var state = context.State ?? throw new InvalidOperationException($"{context.Id} has no persistent state to checkpoint.");
            var target = grain as IEventSourcedGrain ?? throw new InvalidOperationException($"{context.Id} does not apply events.");
            var deadLetters = new List<DeadLetter>();
            var unapplied = events.Where(e => e.Position > state.Applied).ToArray();
            if (unapplied.Length == 0) return new ApplyOutcome(null, deadLetters);
            var removed = false;
            if (unapplied.Any(e => e.Kind == GrainRebuild.Kind)) removed = await RebuildAsync(context, state, target, unapplied, deadLetters);
            else await ApplyEachAsync(target, unapplied, deadLetters);
            state.Applied = unapplied[^1].Position;
            var checkpoint = new GrainCheckpoint(
                context.Id, context.Partition, state.Version, state.Serialize(), state.Current, state.Applied, context.TakePending(), removed);
            return new ApplyOutcome(checkpoint, deadLetters);
        });
        return ran ? outcome : throw new InvalidOperationException($"{activation.Context.Id} was deactivated during dispatch.");
    }

    private static async Task ApplyEachAsync(IEventSourcedGrain target, IEnumerable<GrainEvent> events, List<DeadLetter> deadLetters)
    {
        foreach (var grainEvent in events)
        {
            try
            {
                await target.ApplyAsync(grainEvent);
            }
            catch (Exception ex)
            {
                deadLetters.Add(new DeadLetter(grainEvent, ex.ToString()));
            }
        }
    }

    /// <summary>
    /// Starts the grain again from empty state and applies its whole history up to the batch's last event for it,
    /// which covers the batch's own events. Facts of events applied before are recorded as replays.
    /// </summary>
    /// <returns>True if the grain has no event left: it is removed.</returns>
    private async Task<bool> RebuildAsync(
        GrainContext context, IStateHandle state, IEventSourcedGrain target, GrainEvent[] unapplied, List<DeadLetter> deadLetters)
    {
        var appliedBefore = state.Applied;
        var history = await reader.ReadHistoryAsync(context.Id, unapplied[^1].Position, CancellationToken.None);
        var fresh = unapplied.Select(e => e.Position).ToHashSet();
        state.Reset();
        context.MarkRebuilt();
        try
        {
            foreach (var grainEvent in history)
            {
                context.Replaying = grainEvent.Position <= appliedBefore || !fresh.Contains(grainEvent.Position);
                // An event that failed when it was new has its dead letter already.
                await ApplyEachAsync(target, [grainEvent], context.Replaying ? [] : deadLetters);
            }
        }
        finally
        {
            context.Replaying = false;
        }
        return history.Count == 0;
    }

    private sealed record ApplyOutcome(GrainCheckpoint? Checkpoint, IReadOnlyList<DeadLetter> DeadLetters);

    [LoggerMessage(Level = LogLevel.Error, Message = "A dispatch round failed; its events will be read again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
