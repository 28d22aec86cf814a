namespace Saas.Server.Tests;

/// <summary>Polls for the outcome of asynchronous processing instead of sleeping.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <returns>The first probed value that satisfies <paramref name="done"/>.</returns>
    /// <exception cref="TimeoutException">With the last value seen, when time runs out.</exception>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"Timed out waiting for {what}; last seen: {value}");
            await Task.Delay(50);
        }
    }
}
