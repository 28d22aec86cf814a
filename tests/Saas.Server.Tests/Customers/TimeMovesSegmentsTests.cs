using System.Net;

namespace Saas.Server.Tests.Customers;

/// <summary>Segments change as time passes, with no new event: the customer grain wakes when a line is crossed.</summary>
[Collection(ServerCollection.Name)]
public sealed class TimeMovesSegmentsTests(ServerFixture server)
{
    [Fact]
    public async Task A_loyal_customer_whose_recency_crosses_180_days_moves_to_At_Risk_and_the_alert_reaches_the_tenant_and_its_manager()
    {
        var tenant = await server.CreateTenantAsync("Slipping Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var managerEmail = TestMail.NewAddress("manager");
        using var manager = await MemberTests.JoinAsync(server, owner, managerEmail);
        // Default cut points: recency 180 days is the line between R 3 and R 2; 4 orders and 600 in revenue make FM 4.
        var crossesAt = DateTimeOffset.UtcNow.AddSeconds(10);
        await server.SubmitAsync(tenant, ShopApi.Batch(CustomerHistories.Regular("c-slip", 4, 150m, crossesAt.AddDays(-180), 60, "Sam Slip")));
        await Eventually.UntilAsync(() => SegmentAsync(tenant), s => s == "Loyal", "the customer to be Loyal");
        var managerId = (await owner.GetJsonAsync("/api/v1/members")).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("email").GetString() == managerEmail).GetProperty("id").GetString();
        using (var assigned = await owner.SendAsync(HttpMethod.Put, "/api/v1/customers/c-slip/manager", new { accountManagerId = managerId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        }
        await using var ownerLive = await LiveConnection.ConnectAsync(server, owner.CookieHeader);
        await using var managerLive = await LiveConnection.ConnectAsync(server, manager.CookieHeader);

        var pushed = await ownerLive.ReceiveUntilAsync(r => r.Any(m => m.Target == "churnAlert"), "the churn alert", TimeSpan.FromSeconds(40));
        Assert.True(DateTimeOffset.UtcNow >= crossesAt, "The move came before the customer crossed the line.");
        var move = pushed.Single(m => m.Target == SegmentsApi.SegmentChanged).Argument;
        Assert.Equal(("c-slip", "Loyal", "AtRisk"), (move.GetProperty("customerId").GetString(), move.GetProperty("from").GetString(), move.GetProperty("to").GetString()));
        var alert = pushed.Single(m => m.Target == "churnAlert").Argument;
        Assert.Equal("c-slip", alert.GetProperty("customerId").GetString());
        Assert.Contains("moved from Loyal to At Risk", alert.GetProperty("summary").GetString());
        Assert.Contains("no order for 180 days", alert.GetProperty("summary").GetString());
        var personal = await managerLive.ReceiveUntilAsync(r => r.Any(m => m.Target == "assignedChurnAlert"), "the manager's own alert");
        Assert.Equal(alert.GetProperty("id").GetInt64(), personal.Single(m => m.Target == "assignedChurnAlert").Argument.GetProperty("id").GetInt64());

        var stored = (await manager.GetJsonAsync("/api/v1/alerts?mine=true")).GetProperty("items");
        Assert.Equal(("open", "c-slip"), (stored[0].GetProperty("status").GetString(), stored[0].GetProperty("customerId").GetString()));
        var history = (await owner.GetJsonAsync("/api/v1/customers/c-slip")).GetProperty("segmentHistory");
        Assert.Equal(("AtRisk", "time"), (history[0].GetProperty("to").GetString(), history[0].GetProperty("cause").GetString()));
        Assert.Equal(4, await server.EventCountAsync(tenant.Id)); // the four orders: time alone moved the customer
    }

    private Task<string> SegmentAsync(TestTenant tenant) =>
        server.ScalarAsync<string>("SELECT coalesce(max(segment), '') FROM customers WHERE tenant_id = $1 AND customer_id = 'c-slip'", tenant.Id);
}
