namespace Saas.Grains.Core;

/// <summary>A wake-up flag for a loop: any number of sets before a wait count as one.</summary>
internal sealed class AsyncSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);

    /// <summary>Waits out a back-off; returns early, without throwing, when the loop is stopping.</summary>
    public static Task PauseAsync(TimeSpan delay, CancellationToken ct) =>
        Task.Delay(delay, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
