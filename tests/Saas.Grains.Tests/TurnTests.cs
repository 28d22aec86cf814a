using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class TurnTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Concurrent_calls_to_one_grain_never_interleave()
    {
        var probe = new Probe();
        await using var node = await StartAsync(probe);
        var grain = node.Grains.GetGrain<ICounterGrain>("tenantA/c-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(call => Task.Run(() => grain.IncrementAsync(call))));

        Assert.Equal(200, await grain.GetAsync());
        Assert.Equal(Enumerable.Range(1, 200), results.Order());
        Assert.Equal(0, probe.Overlaps);
        var turns = probe.Turns;
        Assert.Equal(400, turns.Count);
        for (var i = 0; i < turns.Count; i += 2)
        {
            Assert.True(turns[i].Enter && !turns[i + 1].Enter && turns[i].Call == turns[i + 1].Call,
                $"Turn log position {i}: {turns[i]} then {turns[i + 1]}, expected the entry and exit of one call.");
        }
        Assert.Equal(200, turns.Select(t => t.Call).Distinct().Count());
    }

    [Fact]
    public async Task Racing_first_calls_activate_each_key_exactly_once()
    {
        var probe = new Probe();
        await using var node = await StartAsync(probe);
        string[] keys = ["tenantA/first-1", "tenantA/first-2", "tenantB/first-1"];

        await Task.WhenAll(keys.SelectMany(key => Enumerable.Range(0, 50).Select(call =>
            Task.Run(() => node.Grains.GetGrain<ICounterGrain>(key).IncrementAsync(call)))));

        foreach (var key in keys)
        {
            Assert.Equal(1, probe.ActivationsOf(key));
            Assert.Equal(50, await node.Grains.GetGrain<ICounterGrain>(key).GetAsync());
        }
        Assert.Equal(keys.Length, node.Runtime.ActivationCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_grain_method_exception_reaches_the_caller_as_thrown(bool synchronously)
    {
        await using var node = await StartAsync(new Probe());
        var grain = node.Grains.GetGrain<ICounterGrain>($"tenantA/fails-{synchronously}");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAsync(synchronously));
        Assert.StartsWith(synchronously ? "Refused before" : "Refused after", error.Message);
        // The failed call ended its turn: the grain takes the next one.
        Assert.Equal(1, await grain.IncrementAsync(0));
    }

    private Task<TestNode> StartAsync(Probe probe) =>
        TestNode.StartAsync(database, output, s => s.AddSingleton(probe).AddGrain<ICounterGrain, CounterGrain>("counter"));
}
