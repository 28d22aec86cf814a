namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class LiveUpdatesTests(ServerFixture server)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_new_customers_first_order_is_pushed_to_its_tenants_connections_and_no_one_elses()
    {
        var a = await server.CreateTenantAsync("Live A");
        var b = await server.CreateTenantAsync("Live B");
        using var ownerA = await BrowserSession.SignInAsync(server, a);
        using var ownerB = await BrowserSession.SignInAsync(server, b);
        await using var liveA = await LiveConnection.ConnectAsync(server, ownerA.CookieHeader);
        await using var liveB = await LiveConnection.ConnectAsync(server, ownerB.CookieHeader);

        await server.SubmitAsync(a, ShopApi.Order("o-live-1", "c-live-1", "Lena Live").ToJsonString());

        var received = await liveA.ReceiveUntilAsync(
            r => r.Any(m => m.Target == SegmentsApi.SegmentChanged) && r.Any(m => m.Target == SegmentsApi.SegmentCounts),
            "a segmentChanged and a segmentCounts for A");
        var change = received.Single(m => m.Target == SegmentsApi.SegmentChanged).Argument;
        Assert.Equal("c-live-1", change.GetProperty("customerId").GetString());
        Assert.Equal("Lena Live", change.GetProperty("customerName").GetString());
        Assert.Equal("Prospect", change.GetProperty("from").GetString());
        var to = change.GetProperty("to").GetString();
        Assert.NotEqual("Prospect", to);
        Assert.True(SegmentsApi.Sequence(change) > 0);
        var counts = received.Last(m => m.Target == SegmentsApi.SegmentCounts).Argument;
        Assert.True(SegmentsApi.Sequence(counts) > SegmentsApi.Sequence(change));
        var segment = Assert.Single(counts.GetProperty("counts").EnumerateArray());
        Assert.Equal(to, segment.GetProperty("segment").GetString());
        Assert.Equal(1, segment.GetProperty("customers").GetInt64());

        Assert.Null(await liveB.ReceiveAsync(Quiet));

        // B's connection is live: its own shop's order does reach it, and not A.
        await server.SubmitAsync(b, ShopApi.Order("o-live-1", "c-live-b", "Bea").ToJsonString());
        var forB = await liveB.ReceiveUntilAsync(r => r.Any(m => m.Target == SegmentsApi.SegmentChanged), "B's own segmentChanged");
        Assert.Equal("c-live-b", forB.First(m => m.Target == SegmentsApi.SegmentChanged).Argument.GetProperty("customerId").GetString());
        Assert.Null(await liveA.ReceiveAsync(Quiet));
    }

    [Fact]
    public async Task Connecting_to_the_hub_without_a_sign_in_cookie_is_refused_with_401()
    {
        var refused = await Assert.ThrowsAsync<LiveConnectionRefusedException>(() => LiveConnection.ConnectAsync(server, cookieHeader: null));
        Assert.Equal(401, refused.StatusCode);
    }
}
