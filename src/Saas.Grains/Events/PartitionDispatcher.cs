using Microsoft.Extensions.Logging;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Saas.Grains.Storage;

namespace Saas.Grains.Events;

/// <summary>
/// Feeds one owned partition's events to their grains, batch by batch: apply in memory, then one checkpoint
/// transaction for the whole batch. If the checkpoint fails the touched activations are dropped and the batch
/// is read again, so every event takes effect exactly once.
/// </summary>
internal sealed partial class PartitionDispatcher(int partition, GrainRuntime runtime, EventReader reader, ILogger logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly AsyncSignal _signal = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public int Partition { get; } = partition;

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Wakes the loop: new events may have been appended.</summary>
    public void Signal() => _signal.Set();

    /// <summary>Stops after the batch in progress, which completes or rolls back as a whole.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    private async Task RunAsync(CancellationToken ct)
    {
        EventPosition? cursor = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                cursor ??= await reader.ReadCursorAsync(Partition, ct);
                var events = await reader.ReadAfterAsync(Partition, cursor.Value, runtime.Options.DispatchBatchSize, ct);
                if (events.Count == 0)
                {
                    await _signal.WaitAsync(runtime.Options.DispatchPollInterval, ct);
                    continue;
                }
                cursor = await ApplyBatchAsync(events, cursor.Value);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogBatchFailed(logger, ex, Partition);
                cursor = null;
                await AsyncSignal.PauseAsync(RetryDelay, ct);
            }
        }
    }

    private async Task<EventPosition> ApplyBatchAsync(IReadOnlyList<GrainEvent> events, EventPosition cursor)
    {
        var groups = events.GroupBy(e => e.Grain).ToArray();
        var stored = await ReadMissingStatesAsync(groups.Select(g => g.Key));
        var activations = await Task.WhenAll(groups.Select(g =>
            runtime.Catalog.GetOrActivateAsync(g.Key, () => Task.FromResult(stored.GetValueOrDefault(g.Key)))));
        foreach (var activation in activations) activation.Pin();
        try
        {
            var outcomes = await Task.WhenAll(groups.Select((g, i) => ApplyToGrainAsync(activations[i], g.ToArray())));
            var checkpoints = outcomes.Where(o => o.Checkpoint is not null).Select(o => o.Checkpoint!).ToArray();
            var last = events[^1].Position;
            await runtime.Checkpoints.WriteAsync(
                checkpoints, new CursorAdvance(Partition, cursor, last), [.. outcomes.SelectMany(o => o.DeadLetters)], CancellationToken.None);
            for (var i = 0; i < activations.Length; i++)
            {
                if (outcomes[i].Checkpoint is { } written) activations[i].Context.State!.Version = written.ExpectedVersion + 1;
            }
            return last;
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

    private async Task<Dictionary<GrainId, StoredState>> ReadMissingStatesAsync(IEnumerable<GrainId> grains)
    {
        var states = new Dictionary<GrainId, StoredState>();
        foreach (var byType in grains.Where(g => !runtime.Catalog.IsResident(g)).GroupBy(g => g.Type))
        {
            var rows = await runtime.Store.ReadManyAsync(byType.Key, byType.Select(g => g.Key).ToArray());
            foreach (var (key, state) in rows) states[new GrainId(byType.Key, key)] = state;
        }
        return states;
    }

    private static async Task<ApplyOutcome> ApplyToGrainAsync(GrainActivation activation, GrainEvent[] events)
    {
        var (ran, outcome) = await activation.TryRunTurnAsync(async grain =>
        {
            var context = activation.Context;
            var state = context.State ?? throw new InvalidOperationException($"{context.Id} has no persistent state to checkpoint.");
            var target = grain as IEventSourcedGrain ?? throw new InvalidOperationException($"{context.Id} does not apply events.");
            var deadLetters = new List<DeadLetter>();
            var appliedAny = false;
            foreach (var grainEvent in events.Where(e => e.Position > state.Applied))
            {
                try
                {
                    await target.ApplyAsync(grainEvent);
                }
                catch (Exception ex)
                {
                    deadLetters.Add(new DeadLetter(grainEvent, ex.ToString()));
                }
                state.Applied = grainEvent.Position;
                appliedAny = true;
            }
            var checkpoint = appliedAny
                ? new GrainCheckpoint(context.Id, context.Partition, state.Version, state.Serialize(), state.Current, state.Applied, context.TakePending())
                : null;
            return new ApplyOutcome(checkpoint, deadLetters);
        });
        return ran ? outcome : throw new InvalidOperationException($"{activation.Context.Id} was deactivated during dispatch.");
    }

    private sealed record ApplyOutcome(GrainCheckpoint? Checkpoint, IReadOnlyList<DeadLetter> DeadLetters);

    [LoggerMessage(Level = LogLevel.Error, Message = "Partition {Partition}: a batch failed; it will be read again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int partition);
}
