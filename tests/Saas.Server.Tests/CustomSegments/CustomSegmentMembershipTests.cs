using static Saas.Server.Tests.CustomSegments.CustomSegmentsApi;

namespace Saas.Server.Tests.CustomSegments;

[Collection(ServerCollection.Name)]
public sealed class CustomSegmentMembershipTests(ServerFixture server)
{
    [Fact]
    public async Task Saving_a_segment_takes_in_the_existing_customers_that_match_and_counts_them()
    {
        var tenant = await server.CreateTenantAsync("Saved Segment Tea");
        var now = DateTimeOffset.UtcNow;
        await server.SubmitAsync(tenant, ShopApi.Batch(
            Order("o-s-1", "c-big", now.AddDays(-2), total: 300m),
            Order("o-s-2", "c-small", now.AddDays(-2), total: 20m),
            Order("o-s-3", "c-mid", now.AddDays(-3), total: 150m)));
        await server.CustomersReachingAsync(tenant, 3);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var segment = await owner.CreateSegmentAsync("Big spenders", Compare("revenue", "ge", 100));

        Assert.Equal(2, segment.GetProperty("members").GetInt64());
        Assert.Equal(["c-big", "c-mid"], await owner.MemberIdsAsync(Id(segment)));
        Assert.Equal((2L, 2L), await server.CountsAsync(Id(segment)));
        var listed = (await owner.GetJsonAsync(Route)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Big spenders", listed.GetProperty("name").GetString());
        Assert.Equal(2, listed.GetProperty("members").GetInt64());
    }

    [Fact]
    public async Task A_new_order_moves_a_customer_into_a_segment_and_the_move_is_pushed_live()
    {
        var tenant = await server.CreateTenantAsync("Live Segment Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var segment = await owner.CreateSegmentAsync("Over 100", Compare("revenue", "gt", 100));
        await server.SubmitAsync(tenant, Order("o-l-1", "c-climber", DateTimeOffset.UtcNow.AddDays(-3), total: 60m).ToJsonString());
        await server.CustomersReachingAsync(tenant, 1);
        Assert.Equal((0L, 0L), await server.CountsAsync(Id(segment)));
        await using var live = await LiveConnection.ConnectAsync(server, owner.CookieHeader);

        await server.SubmitAsync(tenant, Order("o-l-2", "c-climber", DateTimeOffset.UtcNow.AddHours(-1), total: 60m).ToJsonString());

        var received = await live.ReceiveUntilAsync(r => r.Any(m => m.Target == Changed), "a customSegmentChanged");
        var change = received.Single(m => m.Target == Changed).Argument;
        Assert.Equal("c-climber", change.GetProperty("customerId").GetString());
        Assert.Equal("Customer c-climber", change.GetProperty("customerName").GetString());
        Assert.Equal(Id(segment), change.GetProperty("segmentId").GetInt64());
        Assert.Equal("Over 100", change.GetProperty("segmentName").GetString());
        Assert.True(change.GetProperty("joined").GetBoolean());
        Assert.True(change.GetProperty("sequence").GetInt64() > 0);
        Assert.Equal((1L, 1L), await server.CountsAsync(Id(segment)));
        Assert.Equal(["c-climber"], await owner.MemberIdsAsync(Id(segment)));
    }

    [Fact]
    public async Task Bought_in_the_last_days_ends_by_time_alone_for_customers_from_before_the_save_and_after()
    {
        var tenant = await server.CreateTenantAsync("Time Segment Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        // Bought a day ago less a few seconds: "within 1 day" holds for those seconds only.
        var boughtAt = DateTimeOffset.UtcNow.AddDays(-1).AddSeconds(8);
        await server.SubmitAsync(tenant, Order("o-t-1", "c-before", boughtAt).ToJsonString());
        await server.CustomersReachingAsync(tenant, 1);
        var segment = await owner.CreateSegmentAsync("Tea this week", Bought("TEA", 1));
        Assert.Equal(1, segment.GetProperty("members").GetInt64());
        await using var live = await LiveConnection.ConnectAsync(server, owner.CookieHeader);
        await server.SubmitAsync(tenant, Order("o-t-2", "c-after", boughtAt).ToJsonString());

        var received = await live.ReceiveUntilAsync(
            r => r.Count(m => m.Target == Changed && !m.Argument.GetProperty("joined").GetBoolean()) == 2, "both customers leaving");

        var changes = received.Where(m => m.Target == Changed).Select(m => m.Argument).ToArray();
        Assert.Equal(["c-after"], changes.Where(c => c.GetProperty("joined").GetBoolean()).Select(c => c.GetProperty("customerId").GetString()));
        Assert.Equal(["c-after", "c-before"], changes.Where(c => !c.GetProperty("joined").GetBoolean())
            .Select(c => c.GetProperty("customerId").GetString()).Order(StringComparer.Ordinal));
        Assert.True(DateTimeOffset.UtcNow >= boughtAt.AddDays(1));
        Assert.Equal((0L, 0L), await server.CountsAsync(Id(segment)));
        Assert.Equal(2, await server.EventCountAsync(tenant.Id));
    }
}
