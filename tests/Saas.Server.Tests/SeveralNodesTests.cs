using Microsoft.Extensions.DependencyInjection;
using Saas.Grains.Cluster;

namespace Saas.Server.Tests;

/// <summary>Two nodes on one database: the partitions are shared, and each node serves every tenant.</summary>
[Collection(ServerCollection.Name)]
public sealed class SeveralNodesTests(ServerFixture server)
{
    [Fact]
    public async Task A_cookie_from_one_node_works_on_another_and_changes_applied_anywhere_reach_every_node()
    {
        await using var secondNode = server.AnotherNode("second-node");
        var firstOwned = server.Services.GetRequiredService<PartitionOwnership>();
        var secondOwned = secondNode.Services.GetRequiredService<PartitionOwnership>();
        await Eventually.UntilAsync(
            () => Task.FromResult((First: firstOwned.Owned.Count, Second: secondOwned.Owned.Count)),
            owned => owned.First > 0 && owned.Second > 0, "both nodes to own partitions");

        var tenant = await server.CreateTenantAsync("Two Nodes Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await using var liveOnSecond = await LiveConnection.ConnectAsync(secondNode, owner.CookieHeader);

        // Customers in partitions of both nodes, posted to the first node.
        for (var i = 0; i < 8; i++) await server.SubmitAsync(tenant, ShopApi.Order($"o-nodes-{i}", $"c-nodes-{i}").ToJsonString());

        var received = await liveOnSecond.ReceiveUntilAsync(
            r => r.Count(m => m.Target == SegmentsApi.SegmentChanged) == 8, "eight segmentChanged on the second node");
        Assert.Equal(
            Enumerable.Range(0, 8).Select(i => $"c-nodes-{i}").Order(),
            received.Where(m => m.Target == SegmentsApi.SegmentChanged).Select(m => m.Argument.GetProperty("customerId").GetString()!).Order());
        Assert.Empty(firstOwned.Owned.Intersect(secondOwned.Owned));
        // The cookie keys live in the database, not on one machine's disk.
        Assert.True(await server.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys") > 0);
    }
}
