namespace Saas.Server.Tests;

/// <summary>Polls for the outcome of asynchronous processing instead of sleeping.</summary>
public static class Eventually
{
    /// <summary>
    /// Generous: processing is normally done in well under a second, but readers only take what transactions older
    /// than every running one wrote (pg_snapshot_xmin), so a long transaction anywhere on the shared test
    /// PostgreSQL server (another test project, a bench) holds everything up while it runs.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

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
