using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Xunit.Abstractions;

namespace Saas.Grains.Tests;

public sealed class PartitionOwnershipTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Two_nodes_split_the_partitions_and_one_takes_all_when_the_other_leaves()
    {
        var probe = new Probe();
        await using var first = await StartAsync(probe);
        await first.WaitUntilOwnsAllAsync();
        await using var second = await StartAsync(probe);

        await Eventually.TrueAsync(() => IsSplit(first, second), "the two nodes to split the partitions");
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(100);
            Assert.True(IsSplit(first, second), $"The split did not hold: {Describe(first, second)}");
        }
        Assert.Equal(TestNode.Partitions / 2, first.Owned.Count);

        // A grain runs only on the node that owns its partition.
        var onSecond = KeyIn(second, second.Owned.First());
        await Assert.ThrowsAsync<GrainNotLocalException>(() => first.Grains.GetGrain<INoteGrain>(onSecond).WriteAsync("x"));
        await second.Grains.GetGrain<INoteGrain>(onSecond).WriteAsync("x");
        var onFirst = KeyIn(first, first.Owned.First());
        await first.Grains.GetGrain<INoteGrain>(onFirst).WriteAsync("y");

        await first.StopAsync();
        Assert.Empty(first.Owned);
        Assert.Equal(1, probe.DeactivationsOf(onFirst));
        await second.WaitUntilOwnsAllAsync();
        Assert.Equal(new NoteSnapshot("y", 1, "1", true), await second.Grains.GetGrain<INoteGrain>(onFirst).ReadAsync());
    }

    [Fact]
    public async Task A_node_stopped_right_after_starting_stops_cleanly_and_frees_its_partitions()
    {
        for (var i = 0; i < 5; i++)
        {
            await using var node = await StartAsync(new Probe());
            await node.StopAsync();
            Assert.Empty(node.Owned);
            Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM grain_cluster_nodes WHERE node_id = $1", node.Id));
        }
        await using var last = await StartAsync(new Probe());
        Assert.Equal(TestNode.Partitions, last.Owned.Count);
    }

    [Fact]
    public async Task A_node_stopped_twice_at_once_has_left_the_cluster_promptly_when_either_call_returns()
    {
        // As a web host stops under WebApplicationFactory: the factory and the app's own Run both stop the host,
        // and Run disposes the services (the silo, then the data source) as soon as its call returns.
        await using var node = await StartAsync(new Probe());
        await node.WaitUntilOwnsAllAsync();
        var silo = node.Get<GrainSilo>();
        var clock = Stopwatch.StartNew();

        var first = silo.StopAsync(CancellationToken.None);
        await silo.StopAsync(CancellationToken.None);
        await silo.DisposeAsync();
        await node.DataSource.DisposeAsync();
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Stopping took {clock.Elapsed}.");
        Assert.Empty(node.Owned);
        // The node left the cluster before the data source was gone.
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM grain_cluster_nodes WHERE node_id = $1", node.Id));
    }

    private static bool IsSplit(TestNode a, TestNode b) =>
        a.Owned.Count > 0 && b.Owned.Count > 0 && !a.Owned.Intersect(b.Owned).Any() && a.Owned.Union(b.Owned).Count() == TestNode.Partitions;

    private static string Describe(TestNode a, TestNode b) => $"[{string.Join(',', a.Owned)}] and [{string.Join(',', b.Owned)}]";

    private static string KeyIn(TestNode node, int partition) =>
        Enumerable.Range(0, 1_000).Select(i => $"tenantA/n-{i}").First(k => node.PartitionOf<INoteGrain>(k) == partition);

    private Task<TestNode> StartAsync(Probe probe) =>
        TestNode.StartAsync(database, output, s => s.AddSingleton(probe).AddGrain<INoteGrain, NoteGrain>("note"));
}
