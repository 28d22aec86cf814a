using System.Net;

namespace Saas.Server.Tests.Customers;

/// <summary>Account managers work their churn alerts: acknowledge, snooze until a time, resolve with a note.</summary>
[Collection(ServerCollection.Name)]
public sealed class AlertHandlingTests(ServerFixture server)
{
    [Fact]
    public async Task A_manager_acknowledges_snoozes_and_resolves_an_alert_of_their_customer_with_a_note_and_a_follow_up_date()
    {
        var tenant = await server.CreateTenantAsync("Handled Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var email = TestMail.NewAddress("handler");
        using var manager = await MemberTests.JoinAsync(server, owner, email);
        var managerId = await server.ScalarAsync<string>("""SELECT "Id" FROM "AspNetUsers" WHERE "Email" = $1""", email);
        var mine = await RaiseAsync(tenant, "c-mine", managerId);
        var colleagues = await RaiseAsync(tenant, "c-theirs", "someone-else");

        using (var acknowledged = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{mine}/acknowledge", new { note = "Called, no answer" }))
        {
            var alert = await HttpJson.ReadAsync(acknowledged);
            Assert.Equal(("acknowledged", "Called, no answer"), (alert.GetProperty("status").GetString(), alert.GetProperty("note").GetString()));
        }
        using (var pastSnooze = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{mine}/snooze", new { snoozeUntil = DateTimeOffset.UtcNow.AddHours(-1) }))
        {
            await HttpJson.ReadProblemAsync(pastSnooze, HttpStatusCode.BadRequest);
        }
        using (var snoozed = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{mine}/snooze", new { snoozeUntil = DateTimeOffset.UtcNow.AddDays(2) }))
        {
            Assert.Equal("snoozed", (await HttpJson.ReadAsync(snoozed)).GetProperty("status").GetString());
        }
        Assert.DoesNotContain(Ids(await manager.GetJsonAsync("/api/v1/alerts")), id => id == mine);

        using (var noNote = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{mine}/resolve", new { followUpOn = "2026-12-01" }))
        {
            var problem = await HttpJson.ReadProblemAsync(noNote, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
        }
        using (var resolved = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{mine}/resolve",
            new { note = "Offered a tasting; ordering next week", followUpOn = "2026-12-01" }))
        {
            var alert = await HttpJson.ReadAsync(resolved);
            Assert.Equal(("resolved", "2026-12-01"), (alert.GetProperty("status").GetString(), alert.GetProperty("followUpOn").GetString()));
            Assert.Equal(managerId, alert.GetProperty("handledBy").GetString());
        }
        Assert.Contains(mine, Ids(await manager.GetJsonAsync("/api/v1/alerts?status=resolved")));

        // A colleague's customer's alert is not this manager's to handle; the owner may handle any.
        using (var notTheirs = await manager.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{colleagues}/acknowledge", new { }))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }
        using var byOwner = await owner.SendAsync(HttpMethod.Post, $"/api/v1/alerts/{colleagues}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
    }

    [Fact]
    public async Task Customer_lists_refuse_unknown_filters_by_name_and_an_unknown_customer_is_a_404_problem()
    {
        var tenant = await server.CreateTenantAsync("Filtered Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var badFilters = await owner.SendAsync(HttpMethod.Get, "/api/v1/customers?segment=Gold&sort=price&limit=500");
        var errors = (await HttpJson.ReadProblemAsync(badFilters, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("segment", out _) && errors.TryGetProperty("sort", out _) && errors.TryGetProperty("limit", out _));
        using var unknown = await owner.SendAsync(HttpMethod.Get, "/api/v1/customers/c-nobody");
        await HttpJson.ReadProblemAsync(unknown, HttpStatusCode.NotFound);
        using var badStatus = await owner.SendAsync(HttpMethod.Get, "/api/v1/alerts?status=lost");
        await HttpJson.ReadProblemAsync(badStatus, HttpStatusCode.BadRequest);
    }

    private Task<long> RaiseAsync(TestTenant tenant, string customerId, string managerId) => server.ScalarAsync<long>("""
        INSERT INTO churn_alerts (tenant_id, customer_id, customer_name, account_manager_id, kind, summary, reasons, raised_at)
        VALUES ($1, $2, 'A Customer', $3, 'segment-entered', 'moved from Loyal to At Risk', '[]', now()) RETURNING id
        """, tenant.Id, customerId, managerId);

    private static long[] Ids(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}
