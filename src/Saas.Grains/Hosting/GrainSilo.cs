using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Grains.Outbox;
using Saas.Grains.Reminders;

namespace Saas.Grains.Hosting;

/// <summary>
/// Runs this node's share of the cluster: balances partitions, runs a dispatcher per owned partition, sweeps
/// reminders, collects idle activations and fans committed outbox messages out to local subscribers.
/// </summary>
internal sealed partial class GrainSilo(
    GrainRuntime runtime,
    NpgsqlDataSource db,
    EventReader events,
    OutboxReader outbox,
    ReminderService reminders,
    NotificationListener listener,
    IEnumerable<IOutboxSubscriber> subscribers,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<GrainSilo>();
    private readonly AsyncSignal _outboxSignal = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _stopLock = new();
    private readonly List<Task> _loops = [];
    private readonly IOutboxSubscriber[] _subscribers = subscribers.ToArray();
    private readonly EventDispatcher[] _lanes = Enumerable.Range(0, Math.Max(1, runtime.Options.DispatchLanes))
        .Select(_ => new EventDispatcher(runtime, events, loggers.CreateLogger<EventDispatcher>())).ToArray();
    private PartitionBalancer? _balancer;
    private Task? _stopped;

    private GrainsOptions Options => runtime.Options;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckPartitionCountAsync(cancellationToken);
        _balancer = new PartitionBalancer(db, Options);
        await BalanceAsync(cancellationToken);
        var outboxStart = await outbox.ReadEndAsync(cancellationToken);
        var ct = _stopping.Token;
        // No token for Task.Run itself: a loop stopped before it starts must end, not be canceled (the stop awaits it).
        foreach (var lane in _lanes) _loops.Add(Task.Run(() => lane.RunAsync(ct)));
        _loops.Add(Every(Options.HeartbeatInterval, BalanceAsync, ct));
        _loops.Add(Every(Options.ReminderSweepInterval, c => reminders.SweepAsync(runtime, runtime.Ownership.Owned, c), ct));
        _loops.Add(Every(Options.CollectionInterval, _ => runtime.CollectAsync(), ct));
        _loops.Add(Task.Run(() => FanOutAsync(outboxStart, ct)));
        _loops.Add(Task.Run(() => listener.RunAsync(new Dictionary<string, Action>
        {
            [EventLog.AppendedChannel] = () => Array.ForEach(_lanes, lane => lane.Signal()),
            [OutboxRows.Channel] = _outboxSignal.Set,
        }, ct)));
    }

    /// <summary>
    /// Every caller waits for the one stop: a host under WebApplicationFactory is stopped by the factory and by the
    /// app's own Run at once, and Run disposes the services (the data source too) as soon as its call returns.
    /// Only the first caller sees the stop fail; the others, disposal included, just wait for it to end.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Task stop;
        bool first;
        lock (_stopLock)
        {
            first = _stopped is null;
            stop = _stopped ??= StopLoopsAndLeaveAsync();
        }
        return (first ? stop : stop.ContinueWith(_ => { }, TaskScheduler.Default)).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    private async Task StopLoopsAndLeaveAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_loops);
        await ReleaseAsync([.. runtime.Ownership.Owned], graceful: true);
        if (_balancer is not null) await _balancer.LeaveAsync();
    }

    private async Task BalanceAsync(CancellationToken ct)
    {
        var result = await _balancer!.BalanceAsync(ct);
        if (result.Release.Count > 0) await ReleaseAsync(result.Release, graceful: !result.LostAll);
        if (result.Gained.Count == 0) return;
        runtime.Ownership.Set(_balancer.Held);
        foreach (var lane in LanesOf(result.Gained)) await lane.Dispatcher.AddAsync(lane.Partitions, ct);
        LogPartitionsGained(_logger, result.Gained.Count, _balancer.Held.Count);
    }

    /// <summary>Stops taking work for the partitions, lets their grains go, then gives up their locks.</summary>
    private async Task ReleaseAsync(IReadOnlyList<int> partitions, bool graceful)
    {
        var releasing = partitions.ToHashSet();
        runtime.Ownership.Set(runtime.Ownership.Owned.Where(p => !releasing.Contains(p)));
        foreach (var lane in LanesOf(partitions)) await lane.Dispatcher.RemoveAsync(lane.Partitions);
        await runtime.Catalog.DeactivateAllAsync(a => releasing.Contains(a.Context.Partition), graceful);
        foreach (var partition in partitions) await _balancer!.ReleaseAsync(partition);
        if (partitions.Count > 0) LogPartitionsReleased(_logger, partitions.Count, graceful);
    }

    /// <summary>Each partition is fed by one lane: lanes run their rounds in parallel.</summary>
    private IEnumerable<(EventDispatcher Dispatcher, int[] Partitions)> LanesOf(IEnumerable<int> partitions) =>
        partitions.GroupBy(p => p % _lanes.Length).Select(g => (_lanes[g.Key], g.ToArray()));

    private async Task FanOutAsync(EventPosition cursor, CancellationToken ct)
    {
        var nextCleanup = DateTimeOffset.UtcNow;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var (messages, next) = await outbox.ReadAfterAsync(cursor, ct);
                cursor = next;
                if (messages.Count > 0)
                {
                    foreach (var subscriber in _subscribers) await DeliverAsync(subscriber, messages, ct);
                    continue;
                }
                if (DateTimeOffset.UtcNow >= nextCleanup)
                {
                    await outbox.DeleteOlderThanAsync(Options.OutboxRetention, ct);
                    nextCleanup = DateTimeOffset.UtcNow.AddHours(1);
                }
                await _outboxSignal.WaitAsync(Options.OutboxPollInterval, ct);
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(_logger, ex, "outbox fan-out");
                await AsyncSignal.PauseAsync(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    /// <summary>A failing subscriber does not hold the others back; live clients refetch when they see a gap.</summary>
    private async Task DeliverAsync(IOutboxSubscriber subscriber, IReadOnlyList<OutboxEnvelope> messages, CancellationToken ct)
    {
        try
        {
            await subscriber.DeliverAsync(messages, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoopFailed(_logger, ex, subscriber.GetType().Name);
        }
    }

    private async Task Every(TimeSpan interval, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await work(ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    LogLoopFailed(_logger, ex, work.Method.Name);
                }
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task CheckPartitionCountAsync(CancellationToken ct)
    {
        // The no-op update returns the stored row even when another node inserted it after this statement began,
        // which a separate SELECT would not see.
        await using var cmd = db.CreateCommand("""
            INSERT INTO grain_cluster_settings AS s (id, partition_count) VALUES (1, $1)
            ON CONFLICT (id) DO UPDATE SET partition_count = s.partition_count
            RETURNING partition_count
            """);
        cmd.Parameters.AddWithValue(Options.PartitionCount);
        var stored = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
        if (stored != Options.PartitionCount)
        {
            throw new InvalidOperationException(
                $"This database's cluster uses {stored} partitions but this node is configured with {Options.PartitionCount}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took {Gained} partitions; this node owns {Owned}")]
    private static partial void LogPartitionsGained(ILogger logger, int gained, int owned);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave up {Count} partitions (graceful: {Graceful})")]
    private static partial void LogPartitionsReleased(ILogger logger, int count, bool graceful);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Loop} loop failed; it goes on")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string loop);
}
