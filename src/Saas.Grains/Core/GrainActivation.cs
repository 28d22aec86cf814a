namespace Saas.Grains.Core;

/// <summary>One live grain instance and its turn gate: work queued on it runs one item at a time.</summary>
internal sealed class GrainActivation(GrainContext context, Grain grain)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly List<Timer> _timers = [];
    private long _lastUsedTicks = Environment.TickCount64;
    private int _pins;

    public GrainContext Context { get; } = context;

    public Grain Grain { get; } = grain;

    public bool IsDeactivated { get; private set; }

    public TimeSpan IdleFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsedTicks));

    /// <summary>A pinned activation is in the middle of a checkpoint and must not be collected.</summary>
    public bool IsPinned => Volatile.Read(ref _pins) > 0;

    public void Pin() => Interlocked.Increment(ref _pins);

    public void Unpin() => Interlocked.Decrement(ref _pins);

    /// <returns>False if the activation was deactivated before the turn could start; the caller reactivates.</returns>
    public async Task<(bool Ran, T Result)> TryRunTurnAsync<T>(Func<Grain, Task<T>> work)
    {
        await _turn.WaitAsync();
        try
        {
            if (IsDeactivated) return (false, default!);
            Interlocked.Exchange(ref _lastUsedTicks, Environment.TickCount64);
            try
            {
                return (true, await work(Grain));
            }
            catch (InconsistentStateException)
            {
                Context.DeactivateRequested = true;
                throw;
            }
        }
        finally
        {
            var deactivate = Context.DeactivateRequested && !IsDeactivated;
            _turn.Release();
            if (deactivate) _ = Context.Runtime.Catalog.DeactivateAsync(this);
        }
    }

    /// <summary>Runs the grain's deactivation in a turn of its own; later calls find a fresh activation.</summary>
    public async Task<bool> DeactivateAsync(bool graceful, bool onlyIfIdle)
    {
        if (onlyIfIdle)
        {
            if (!await _turn.WaitAsync(0)) return false;
        }
        else
        {
            await _turn.WaitAsync();
        }
        try
        {
            if (IsDeactivated) return false;
            IsDeactivated = true;
            lock (_timers) _timers.ForEach(t => t.Dispose());
            if (graceful) await Grain.OnDeactivateAsync(CancellationToken.None);
            return true;
        }
        finally
        {
            _turn.Release();
        }
    }

    public IDisposable RegisterTimer(Func<Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(_ => _ = RunTimerTickAsync(callback), null, dueTime, period);
        lock (_timers) _timers.Add(timer);
        return timer;
    }

    private async Task RunTimerTickAsync(Func<Task> callback)
    {
        try
        {
            await TryRunTurnAsync(async _ => { await callback(); return true; });
        }
        catch (Exception ex)
        {
            Context.Runtime.LogTimerFailure(Context.Id, ex);
        }
    }
}
