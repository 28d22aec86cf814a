using Saas.Server.Infrastructure;

namespace Saas.Server.Tests;

public sealed class TenantCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Callers_that_find_the_value_missing_or_expired_share_one_read()
    {
        var clock = new ManualClock();
        var reads = 0;
        var release = new TaskCompletionSource();
        var cache = new TenantCache<int>(clock, () => Lifetime, async _ =>
        {
            var read = Interlocked.Increment(ref reads);
            await release.Task;
            return read;
        });

        var first = Enumerable.Range(0, 500).Select(_ => Task.Run(() => cache.GetAsync("tenant").AsTask())).ToArray();
        await Task.Delay(50);
        release.SetResult();
        Assert.All(await Task.WhenAll(first), value => Assert.Equal(1, value));

        clock.Now += Lifetime;
        release = new TaskCompletionSource();
        var second = Enumerable.Range(0, 500).Select(_ => Task.Run(() => cache.GetAsync("tenant").AsTask())).ToArray();
        await Task.Delay(50);
        release.SetResult();
        Assert.All(await Task.WhenAll(second), value => Assert.Equal(2, value));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept_and_a_remembered_value_needs_no_read()
    {
        var clock = new ManualClock();
        var fail = true;
        var cache = new TenantCache<string>(clock, () => Lifetime, tenantId => fail
            ? Task.FromException<string>(new InvalidOperationException("database away"))
            : Task.FromResult($"read {tenantId}"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("tenant").AsTask());
        fail = false;
        Assert.Equal("read tenant", await cache.GetAsync("tenant"));

        cache.Remember("tenant", "written here");
        fail = true;
        Assert.Equal("written here", await cache.GetAsync("tenant"));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
