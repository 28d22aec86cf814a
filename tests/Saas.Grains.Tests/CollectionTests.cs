using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class CollectionTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task An_idle_grain_is_collected_and_comes_back_with_its_state()
    {
        var probe = new Probe();
        await using var node = await StartAsync(probe, o =>
        {
            // Far above the 100 ms between uses below, so a busy machine's late timer does not collect it early.
            o.CollectionAge = TimeSpan.FromSeconds(2);
            o.CollectionInterval = TimeSpan.FromMilliseconds(100);
        });
        const string key = "tenantA/idle-1";
        var grain = node.Grains.GetGrain<INoteGrain>(key);
        await grain.WriteAsync("kept");

        // In use more often than the collection age: it stays.
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(100);
            await grain.ReadAsync();
        }
        Assert.Equal(0, probe.DeactivationsOf(key));

        await Eventually.TrueAsync(() => probe.DeactivationsOf(key) == 1 && node.Runtime.ActivationCount == 0, "the idle grain to be collected");

        Assert.Equal(new NoteSnapshot("kept", 1, "1", true), await grain.ReadAsync());
        Assert.Equal(2, probe.ActivationsOf(key));
        Assert.Equal(1, node.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Collection_brings_activations_down_to_the_cap()
    {
        const int cap = 5;
        var probe = new Probe();
        await using var node = await StartAsync(probe, o =>
        {
            o.MaxActivations = cap;
            o.CollectionAge = TimeSpan.FromHours(1);
            o.CollectionInterval = TimeSpan.FromHours(1);
        });
        var keys = Enumerable.Range(0, 20).Select(i => $"tenantA/cap-{i}").ToArray();
        foreach (var key in keys) await node.Grains.GetGrain<INoteGrain>(key).ReadAsync();

        await node.Runtime.CollectAsync();

        Assert.InRange(node.Runtime.ActivationCount, 1, cap);
        Assert.Equal(keys.Length - node.Runtime.ActivationCount, keys.Sum(probe.DeactivationsOf));
        // The grain used last is not the one to go.
        await node.Grains.GetGrain<INoteGrain>(keys[^1]).ReadAsync();
        Assert.Equal(1, probe.ActivationsOf(keys[^1]));
    }

    private Task<TestNode> StartAsync(Probe probe, Action<GrainsOptions> configure) =>
        TestNode.StartAsync(database, output, s => s.AddSingleton(probe).AddGrain<INoteGrain, NoteGrain>("note"), configure);
}
