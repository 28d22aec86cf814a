using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Tests.Feedback;
using Saas.Server.Tests.Imports;
using Saas.Server.Tests.Shops;

namespace Saas.Server.Tests;

/// <summary>
/// Every endpoint the app maps, tried by tenant B (its owner's session, its API key) against tenant A's
/// resources. A new endpoint fails this test until it says here how B is kept out of A.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class EndpointIsolationTests(ServerFixture server)
{
    private const string LogoutEverywhere = "POST /api/v1/auth/logout-everywhere";
    private const string SpaFallback = "/{*path:nonfile:regex(^(?!api/|hubs/|openapi/|webhooks/).*$)}";

    [Fact]
    public async Task A_member_of_tenant_B_reaches_none_of_tenant_As_resources_through_any_endpoint()
    {
        var a = await VictimAsync();
        var b = await server.CreateTenantAsync("Intruder Tea");
        using var intruder = await BrowserSession.SignInAsync(server, b);
        var probes = Probes(a, b, intruder);

        var mapped = MappedEndpoints();
        Assert.Empty(mapped.Except(probes.Keys));
        Assert.Empty(probes.Keys.Except(mapped));
        // Signing out everywhere ends the intruder's session too, so it goes last.
        foreach (var (endpoint, probe) in probes.OrderBy(p => p.Key == LogoutEverywhere))
        {
            try
            {
                await probe();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new Xunit.Sdk.XunitException($"{endpoint}: {e.Message}");
            }
        }

        await AssertIntactAsync(a);
    }

    /// <summary>Tenant A with one of each resource: a customer, an API key, a member and an open invitation.</summary>
    private async Task<Victim> VictimAsync()
    {
        var tenant = await server.CreateTenantAsync("Victim Tea");
        await server.SubmitAsync(tenant, ShopApi.Order("o-victim-1", "c-victim", "Vera Victim").ToJsonString());
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var keyId = (await owner.GetJsonAsync("/api/v1/connectors/keys"))[0].GetProperty("id").GetString()!;
        var managerEmail = TestMail.NewAddress("victim-manager");
        using (await MemberTests.JoinAsync(server, owner, managerEmail)) { }
        var openEmail = TestMail.NewAddress("victim-invitee");
        var openToken = await MemberTests.InviteAsync(server, owner, openEmail);
        var members = await owner.GetJsonAsync("/api/v1/members");
        var managerId = members.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("email").GetString() == managerEmail).GetProperty("id").GetString()!;
        var invitationId = members.GetProperty("invitations")[0].GetProperty("id").GetString()!;
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 1, "A's customer");
        var alertId = await server.ScalarAsync<long>("""
            INSERT INTO churn_alerts (tenant_id, customer_id, customer_name, kind, summary, reasons, raised_at)
            VALUES ($1, 'c-victim', 'Vera Victim', 'segment-entered', 'moved from Loyal to At Risk', '[]', now()) RETURNING id
            """, tenant.Id);
        using var segment = await owner.SendAsync(HttpMethod.Post, "/api/v1/segments/custom", CustomSegment("Victim's buyers"));
        var segmentId = (await HttpJson.ReadAsync(segment)).GetProperty("id").GetInt64();
        var shops = new[] { await ShopWebhooksApi.ConnectAsync(owner, "shopify"), await ShopWebhooksApi.ConnectAsync(owner, "woocommerce") };
        var importId = (await ImportsApi.UploadedAsync(owner, "orders", ImportsApi.Fixture("orders-utf8-pipe.csv"))).GetProperty("id").GetString()!;
        return new Victim(tenant, keyId, managerId, managerEmail, invitationId, openToken, alertId, segmentId, shops, importId);
    }

    private Dictionary<string, Func<Task>> Probes(Victim a, TestTenant b, BrowserSession intruder)
    {
        var aMarkers = new[] { a.Tenant.Id, a.Tenant.OwnerEmail, a.KeyId, a.ManagerId, a.ManagerEmail, a.InvitationId, "c-victim", "Vera Victim", a.Shops[0].Id, a.Shops[1].Id, a.ImportId };
        Task Refused(HttpMethod method, string path, object? body = null) => ExpectAsync(intruder, method, path, body, HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        async Task OwnOnly(string path) => await OwnOnlyBy(HttpMethod.Get, path);
        async Task OwnOnlyBy(HttpMethod method, string path)
        {
            using var response = await intruder.SendAsync(method, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(aMarkers, body.Contains);
        }
        Task Forged(string path, object body) => ExpectAsync(intruder, HttpMethod.Post, path, body, HttpStatusCode.BadRequest);

        return new()
        {
            // Admin: B is no platform admin, whatever A's id it names.
            ["GET /api/v1/admin/tenants"] = () => Refused(HttpMethod.Get, "/api/v1/admin/tenants"),
            ["POST /api/v1/admin/tenants"] = () => Refused(HttpMethod.Post, "/api/v1/admin/tenants", new { name = "X", ownerEmail = TestMail.NewAddress("x") }),
            ["POST /api/v1/admin/tenants/{id}/suspend"] = () => Refused(HttpMethod.Post, $"/api/v1/admin/tenants/{a.Tenant.Id}/suspend"),
            ["POST /api/v1/admin/tenants/{id}/resume"] = () => Refused(HttpMethod.Post, $"/api/v1/admin/tenants/{a.Tenant.Id}/resume"),
            ["DELETE /api/v1/admin/tenants/{id}"] = () => Refused(HttpMethod.Delete, $"/api/v1/admin/tenants/{a.Tenant.Id}", new { confirmName = a.Tenant.Name }),
            ["GET /api/v1/admin/audit"] = () => Refused(HttpMethod.Get, $"/api/v1/admin/audit?search={a.Tenant.Id}"),
            ["GET /api/v1/admin/mail"] = () => Refused(HttpMethod.Get, "/api/v1/admin/mail"),
            // A's resources by id.
            ["DELETE /api/v1/connectors/keys/{id}"] = () => Refused(HttpMethod.Delete, $"/api/v1/connectors/keys/{a.KeyId}"),
            ["DELETE /api/v1/members/{id}"] = () => Refused(HttpMethod.Delete, $"/api/v1/members/{a.ManagerId}"),
            ["DELETE /api/v1/members/invitations/{id}"] = () => Refused(HttpMethod.Delete, $"/api/v1/members/invitations/{a.InvitationId}"),
            // Lists: B sees its own rows only.
            ["GET /api/v1/connectors/keys"] = () => OwnOnly("/api/v1/connectors/keys"),
            ["GET /api/v1/members"] = () => OwnOnly("/api/v1/members"),
            ["GET /api/v1/segments/counts"] = () => OwnOnly("/api/v1/segments/counts"),
            ["GET /api/v1/segments/changes"] = () => OwnOnly("/api/v1/segments/changes"),
            ["GET /api/v1/auth/me"] = () => OwnOnly("/api/v1/auth/me"),
            ["GET /api/v1/auth/two-factor"] = () => OwnOnly("/api/v1/auth/two-factor"),
            // Creating writes into B, never A: the tenant comes from the session, and a tenant field is refused.
            ["POST /api/v1/connectors/keys"] = () => CreatesInBAsync(intruder, b, "/api/v1/connectors/keys", new { name = "sneaky" },
                new { name = "sneaky", tenantId = a.Tenant.Id }, "api_keys"),
            ["POST /api/v1/members/invitations"] = () => CreatesInBAsync(intruder, b, "/api/v1/members/invitations",
                new { email = TestMail.NewAddress("sneaky") }, new { email = TestMail.NewAddress("sneaky"), tenantId = a.Tenant.Id }, "invitations"),
            ["POST /api/v1/orders"] = () => OrdersStayInBAsync(a, b),
            // Shop connections: A's by id are not found; B's webhooks signed with B's own secret do not open A's connections.
            ["GET /api/v1/shops/connections"] = () => OwnOnly("/api/v1/shops/connections"),
            ["POST /api/v1/shops/connections"] = () => CreatesInBAsync(intruder, b, "/api/v1/shops/connections", new { platform = "custom", name = "sneaky" },
                new { platform = "custom", name = "sneaky", tenantId = a.Tenant.Id }, "shop_connections"),
            ["PUT /api/v1/shops/connections/{id}/secret"] = () => Refused(HttpMethod.Put, $"/api/v1/shops/connections/{a.Shops[0].Id}/secret",
                new { secret = "whsec_the-intruders-own-secret" }),
            ["DELETE /api/v1/shops/connections/{id}"] = () => Refused(HttpMethod.Delete, $"/api/v1/shops/connections/{a.Shops[0].Id}"),
            ["POST /webhooks/shopify/{connectionId}"] = () => WebhookOfBRefusedAtAsync(intruder, a.Shops[0], "orders/create", "orders-create"),
            ["POST /webhooks/woocommerce/{connectionId}"] = () => WebhookOfBRefusedAtAsync(intruder, a.Shops[1], "order.created", "order-created"),
            // Links of A's people cannot be forged or reused by B.
            ["POST /api/v1/auth/confirm-email"] = () => Forged("/api/v1/auth/confirm-email", new { userId = a.ManagerId, code = "forged" }),
            ["POST /api/v1/auth/reset-password"] = () => Forged("/api/v1/auth/reset-password", new { userId = a.ManagerId, code = "forged", newPassword = "taken-over-2026" }),
            ["POST /api/v1/invitations/preview"] = () => Forged("/api/v1/invitations/preview", new { token = "inv_" + a.InvitationId }),
            ["POST /api/v1/invitations/accept"] = () => Forged("/api/v1/invitations/accept", new { token = "inv_" + a.InvitationId, password = "taken-over-2026" }),
            // An A address without A's password gets in nowhere.
            ["POST /api/v1/auth/login"] = () => ExpectAsync(new BrowserSession(server), HttpMethod.Post, "/api/v1/auth/login",
                new { email = a.Tenant.OwnerEmail, password = "the-intruders-guess" }, HttpStatusCode.Unauthorized),
            ["POST /api/v1/auth/login/two-factor"] = () => ExpectAsync(new BrowserSession(server), HttpMethod.Post, "/api/v1/auth/login/two-factor",
                new { code = "123456" }, HttpStatusCode.Unauthorized),
            ["POST /api/v1/auth/signup"] = () => ExpectAsync(new BrowserSession(server), HttpMethod.Post, "/api/v1/auth/signup",
                new { companyName = a.Tenant.Name, email = a.Tenant.OwnerEmail, password = "taken-over-2026" }, HttpStatusCode.Accepted),
            ["POST /api/v1/auth/resend-confirmation"] = () => ExpectAsync(intruder, HttpMethod.Post, "/api/v1/auth/resend-confirmation",
                new { email = a.ManagerEmail }, HttpStatusCode.Accepted),
            ["POST /api/v1/auth/forgot-password"] = () => ExpectAsync(intruder, HttpMethod.Post, "/api/v1/auth/forgot-password",
                new { email = a.ManagerEmail }, HttpStatusCode.Accepted),
            // The caller's own account only: there is no id to aim at A with.
            ["POST /api/v1/auth/two-factor/setup"] = () => ExpectAsync(intruder, HttpMethod.Post, "/api/v1/auth/two-factor/setup", null, HttpStatusCode.OK),
            ["POST /api/v1/auth/two-factor/enable"] = () => ExpectAsync(intruder, HttpMethod.Post, "/api/v1/auth/two-factor/enable",
                new { code = "000000" }, HttpStatusCode.BadRequest),
            ["POST /api/v1/auth/two-factor/disable"] = () => ExpectAsync(intruder, HttpMethod.Post, "/api/v1/auth/two-factor/disable",
                new { code = "000000" }, HttpStatusCode.BadRequest),
            ["GET /api/v1/auth/antiforgery"] = () => ExpectAsync(intruder, HttpMethod.Get, "/api/v1/auth/antiforgery", null, HttpStatusCode.NoContent),
            [LogoutEverywhere] = () => LogoutElsewhereLeavesAAsync(a, b),
            ["POST /api/v1/auth/logout"] = () => ExpectAsync(new BrowserSession(server), HttpMethod.Post, "/api/v1/auth/logout", null, HttpStatusCode.Unauthorized),
            // Customers, alerts and analysis settings: B's own, whatever A's ids it names.
            ["GET /api/v1/customers"] = () => NeverAsAsync(intruder, "/api/v1/customers", "Vera Victim"),
            ["GET /api/v1/customers/{id}"] = () => NeverAsAsync(intruder, "/api/v1/customers/c-victim", "Vera Victim"),
            ["PUT /api/v1/customers/{id}/manager"] = () => ExpectAsync(intruder, HttpMethod.Put, "/api/v1/customers/c-victim/manager",
                new { accountManagerId = a.ManagerId }, HttpStatusCode.BadRequest, HttpStatusCode.NotFound),
            ["GET /api/v1/customers/{id}/identities"] = () => Identities.IdentityApi.IdentitiesHiddenAsync(server, a.Tenant, intruder),
            ["POST /api/v1/customers/{id}/merges/{mergeId:long}/split"] = () => Identities.IdentityApi.SplitRefusedAsync(server, a.Tenant, intruder),
            ["GET /api/v1/customers/{id}/export"] = () => NeverAsAsync(intruder, "/api/v1/customers/c-victim/export", "Vera Victim"),
            ["DELETE /api/v1/customers/{id}"] = () => Privacy.PrivacyApi.ErasureContainedAsync(server, a.Tenant, intruder),
            ["GET /api/v1/alerts"] = () => OwnOnly("/api/v1/alerts?status=all"),
            ["POST /api/v1/alerts/{id:long}/acknowledge"] = () => Refused(HttpMethod.Post, $"/api/v1/alerts/{a.AlertId}/acknowledge", new { }),
            ["POST /api/v1/alerts/{id:long}/snooze"] = () => Refused(HttpMethod.Post, $"/api/v1/alerts/{a.AlertId}/snooze",
                new { snoozeUntil = DateTimeOffset.UtcNow.AddDays(1) }),
            ["POST /api/v1/alerts/{id:long}/resolve"] = () => Refused(HttpMethod.Post, $"/api/v1/alerts/{a.AlertId}/resolve", new { note = "taken over" }),
            ["GET /api/v1/settings/analysis"] = () => OwnOnly("/api/v1/settings/analysis"),
            ["PUT /api/v1/settings/analysis"] = () => ExpectAsync(intruder, HttpMethod.Put, "/api/v1/settings/analysis",
                new { tenantId = a.Tenant.Id }, HttpStatusCode.BadRequest),
            ["POST /api/v1/settings/analysis/refit"] = () => OwnOnlyBy(HttpMethod.Post, "/api/v1/settings/analysis/refit"),
            ["GET /api/v1/settings/analysis/fits"] = () => OwnOnly("/api/v1/settings/analysis/fits"),
            // Custom segments: A's by id are not found, and B's rules only ever count B's customers.
            ["GET /api/v1/segments/custom"] = () => OwnOnly("/api/v1/segments/custom"),
            ["GET /api/v1/segments/custom/fields"] = () => ExpectAsync(intruder, HttpMethod.Get, "/api/v1/segments/custom/fields", null, HttpStatusCode.OK),
            ["GET /api/v1/segments/custom/{id:long}"] = () => Refused(HttpMethod.Get, $"/api/v1/segments/custom/{a.SegmentId}"),
            ["GET /api/v1/segments/custom/{id:long}/customers"] = () => Refused(HttpMethod.Get, $"/api/v1/segments/custom/{a.SegmentId}/customers"),
            ["PUT /api/v1/segments/custom/{id:long}"] = () => Refused(HttpMethod.Put, $"/api/v1/segments/custom/{a.SegmentId}", CustomSegment("Taken over")),
            ["DELETE /api/v1/segments/custom/{id:long}"] = () => Refused(HttpMethod.Delete, $"/api/v1/segments/custom/{a.SegmentId}"),
            ["POST /api/v1/segments/custom/preview"] = () => PreviewsOnlyBAsync(intruder),
            ["POST /api/v1/segments/custom"] = () => SegmentOfBOnlyAsync(intruder, a, b),
            // Feedback: B's items with A's ids are B's own; A's feedback never shows in B's attention analyses.
            ["POST /api/v1/feedback"] = () => FeedbackStaysInBAsync(a, b),
            ["GET /api/v1/analyses/satisfaction"] = () => WithFeedbackOfAAsync(a, () => OwnOnly("/api/v1/analyses/satisfaction?by=product")),
            ["GET /api/v1/analyses/complaints"] = () => WithFeedbackOfAAsync(a, () => OwnOnly("/api/v1/analyses/complaints")),
            ["GET /api/v1/analyses/contacts/over-contacted"] = () => WithFeedbackOfAAsync(a, () => OwnOnly("/api/v1/analyses/contacts/over-contacted?threshold=1")),
            // Analyses: B's own orders only; B's profitability list may hold its own c-victim, never A's.
            ["GET /api/v1/analyses/segments/movement"] = () =>
                OwnOnly($"/api/v1/analyses/segments/movement?from={DateTime.UtcNow.AddDays(-7):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}"),
            ["GET /api/v1/analyses/rfm/grid"] = () => OwnOnly("/api/v1/analyses/rfm/grid"),
            ["GET /api/v1/analyses/abc/pareto"] = () => OwnOnly("/api/v1/analyses/abc/pareto"),
            ["GET /api/v1/analyses/cohorts"] = () => OwnOnly("/api/v1/analyses/cohorts"),
            ["GET /api/v1/analyses/categories/by-region"] = () => OwnOnly("/api/v1/analyses/categories/by-region"),
            ["GET /api/v1/analyses/cross-sell"] = () => OwnOnly("/api/v1/analyses/cross-sell"),
            ["GET /api/v1/analyses/profitability"] = () => NeverAsAsync(intruder, "/api/v1/analyses/profitability", "Vera Victim"),
            ["GET /api/v1/analyses/profitability/summary"] = () => OwnOnly("/api/v1/analyses/profitability/summary"),
            ["GET /api/v1/analyses/top-spenders"] = () => OwnOnly("/api/v1/analyses/top-spenders"),
            // Imports: A's are not found by id, B's list holds only B's, and an upload lands in B.
            ["GET /api/v1/imports"] = () => OwnOnly("/api/v1/imports"),
            ["GET /api/v1/imports/{id}"] = () => Refused(HttpMethod.Get, $"/api/v1/imports/{a.ImportId}"),
            ["GET /api/v1/imports/{id}/bad-rows"] = () => Refused(HttpMethod.Get, $"/api/v1/imports/{a.ImportId}/bad-rows"),
            ["POST /api/v1/imports/{id}/start"] = () => Refused(HttpMethod.Post, $"/api/v1/imports/{a.ImportId}/start",
                new { mapping = new { orderId = 0, customerId = 1, date = 2, total = 3 } }),
            ["POST /api/v1/imports"] = () => ImportLandsInBAsync(intruder, a, b),
            // Live updates: the hub takes the tenant from the cookie; A's changes never reach B.
            ["* /hubs/live"] = () => HubCarriesOnlyBAsync(a, b, intruder),
            // Clients skip negotiation; the route answers a connection id and nothing of any tenant.
            ["* /hubs/live/negotiate"] = () => OwnOnlyBy(HttpMethod.Post, "/hubs/live/negotiate?negotiateVersion=1"),
            // Not tenant data.
            ["* /healthz"] = () => ExpectAsync(intruder, HttpMethod.Get, "/healthz", null, HttpStatusCode.OK),
            ["GET /openapi/{documentName}.json"] = () => ExpectAsync(intruder, HttpMethod.Get, "/openapi/v1.json", null, HttpStatusCode.OK),
            // The SPA's pages: the same static file for everyone; data comes from the API above.
            [$"GET {SpaFallback}"] = () => ExpectAsync(intruder, HttpMethod.Get, $"/tenants/{a.Tenant.Id}", null, HttpStatusCode.OK, HttpStatusCode.NotFound),
            [$"HEAD {SpaFallback}"] = () => ExpectAsync(intruder, HttpMethod.Head, $"/tenants/{a.Tenant.Id}", null, HttpStatusCode.OK, HttpStatusCode.NotFound),
        };
    }

    /// <summary>B may have a customer with the same id (its own); A's never shows.</summary>
    private static async Task NeverAsAsync(BrowserSession intruder, string path, string aMarker)
    {
        using var response = await intruder.SendAsync(HttpMethod.Get, path);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}.");
        Assert.DoesNotContain(aMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static object CustomSegment(string name) =>
        new { name, description = (string?)null, rule = new { type = "compare", field = "orders", op = "ge", value = 1 } };

    private static async Task PreviewsOnlyBAsync(BrowserSession intruder)
    {
        using var response = await intruder.SendAsync(HttpMethod.Post, "/api/v1/segments/custom/preview", new { rule = new { type = "compare", field = "orders", op = "ge", value = 0 } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Vera Victim", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A tenant field is refused; the segment is B's, and none of A's customers is in it.</summary>
    private async Task SegmentOfBOnlyAsync(BrowserSession intruder, Victim a, TestTenant b)
    {
        await ExpectAsync(intruder, HttpMethod.Post, "/api/v1/segments/custom", new { name = "Sneaky", tenantId = a.Tenant.Id, rule = new { type = "all", rules = Array.Empty<object>() } },
            HttpStatusCode.BadRequest);
        using var created = await intruder.SendAsync(HttpMethod.Post, "/api/v1/segments/custom", CustomSegment("Sneaky"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await HttpJson.ReadAsync(created)).GetProperty("id").GetInt64();
        Assert.Equal(b.Id, await server.ScalarAsync<string>("SELECT tenant_id FROM custom_segments WHERE id = $1", id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM custom_segment_members WHERE segment_id = $1 AND tenant_id <> $2", id, b.Id));
    }

    private async Task CreatesInBAsync(BrowserSession intruder, TestTenant b, string path, object body, object withTenantField, string table)
    {
        await ExpectAsync(intruder, HttpMethod.Post, path, withTenantField, HttpStatusCode.BadRequest);
        using var created = await intruder.SendAsync(HttpMethod.Post, path, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await HttpJson.ReadAsync(created)).GetProperty("id").GetString();
        Assert.Equal(b.Id, await server.ScalarAsync<string>($"SELECT tenant_id FROM {table} WHERE id = $1", id!));
    }

    private async Task ImportLandsInBAsync(BrowserSession intruder, Victim a, TestTenant b)
    {
        var id = (await ImportsApi.UploadedAsync(intruder, "orders", ImportsApi.Fixture("orders-utf8-pipe.csv"))).GetProperty("id").GetString()!;
        Assert.Equal(b.Id, await server.ScalarAsync<string>("SELECT tenant_id FROM imports WHERE id = $1", id));
        Assert.Equal("uploaded", await server.ScalarAsync<string>("SELECT state FROM imports WHERE id = $1", a.ImportId));
    }

    private async Task OrdersStayInBAsync(Victim a, TestTenant b)
    {
        var order = ShopApi.Order("o-victim-1", "c-victim", "Overwritten");
        order["customer"]!.AsObject()["tenantId"] = a.Tenant.Id;
        using (var foreignField = await server.PostOrdersAsync(b.ApiKey, ShopApi.Batch(order)))
        {
            await HttpJson.ReadProblemAsync(foreignField, HttpStatusCode.BadRequest);
        }
        // The same order and customer ids are B's own order and customer.
        var mine = await server.SubmitAsync(b, ShopApi.Order("o-victim-1", "c-victim", "Overwritten").ToJsonString());
        Assert.Equal(1, mine.Accepted);
    }

    private async Task FeedbackStaysInBAsync(Victim a, TestTenant b)
    {
        var withTenant = FeedbackApi.Rating("r-victim-1", "c-intruder", score: 1);
        withTenant["tenantId"] = a.Tenant.Id;
        using (var foreignField = await server.PostFeedbackAsync(b.ApiKey, withTenant.ToJsonString()))
        {
            await HttpJson.ReadProblemAsync(foreignField, HttpStatusCode.BadRequest);
        }
        Assert.Equal(1, (await server.SubmitFeedbackAsync(b, FeedbackApi.Rating("r-victim-1", "c-intruder", score: 1))).Accepted);
    }

    /// <summary>Runs the probe once A's feedback is projected, with A's markers wherever the analyses show them.</summary>
    private async Task WithFeedbackOfAAsync(Victim a, Func<Task> probe)
    {
        var product = $"tea-of-{a.Tenant.Id}";
        await server.SubmitFeedbackAsync(a.Tenant,
            FeedbackApi.Rating("r-victim-1", "c-victim", score: 5, product: product),
            FeedbackApi.Rating("r-victim-2", "c-victim-2", score: 1, product: product),
            FeedbackApi.Complaint("cp-victim", "c-victim", "delivery", product: product, rep: a.ManagerEmail),
            FeedbackApi.Contact("ct-victim", "c-victim", "phone", by: a.ManagerEmail));
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM contacts WHERE tenant_id = $1", a.Tenant.Id), n => n == 1, "A's feedback");
        await probe();
    }

    private async Task LogoutElsewhereLeavesAAsync(Victim a, TestTenant b)
    {
        using var aOwner = await BrowserSession.SignInAsync(server, a.Tenant);
        using var bElsewhere = await BrowserSession.SignInAsync(server, b);
        await ExpectAsync(bElsewhere, HttpMethod.Post, "/api/v1/auth/logout-everywhere", null, HttpStatusCode.NoContent);
        using var stillIn = await aOwner.Http.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    private async Task HubCarriesOnlyBAsync(Victim a, TestTenant b, BrowserSession intruder)
    {
        await using var live = await LiveConnection.ConnectAsync(server, intruder.CookieHeader);
        await server.SubmitAsync(a.Tenant, ShopApi.Order("o-victim-2", "c-victim-live").ToJsonString());
        await server.SubmitAsync(b, ShopApi.Order("o-intruder-live", "c-intruder-live").ToJsonString());
        var received = await live.ReceiveUntilAsync(
            r => r.Any(m => m.Target == SegmentsApi.SegmentChanged && m.Argument.GetProperty("customerId").GetString() == "c-intruder-live"),
            "B's own change");
        Assert.DoesNotContain(received, m => m.Argument.GetRawText().Contains("c-victim", StringComparison.Ordinal));
    }

    /// <summary>B connects a shop of its own and signs a delivery with that secret; A's connection refuses it.</summary>
    private async Task WebhookOfBRefusedAtAsync(BrowserSession intruder, TestConnection aShop, string topic, string fixture)
    {
        var own = await ShopWebhooksApi.ConnectAsync(intruder, aShop.Platform, "Intruder's shop");
        var body = ShopWebhooksApi.Fixture(aShop.Platform, fixture);
        using var response = await ShopWebhooksApi.DeliverAsync(server, aShop, topic, body, ShopWebhooksApi.Sign(body, own.Secret), "intruder-1");
        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    /// <summary>A is as it was: its key works, its member and invitation stand, its customer is untouched.</summary>
    private async Task AssertIntactAsync(Victim a)
    {
        Assert.Equal("active", await server.ScalarAsync<string>("SELECT status FROM tenants WHERE id = $1", a.Tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM api_keys WHERE id = $1 AND revoked_at IS NOT NULL", a.KeyId));
        Assert.Equal(1, await server.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "Id" = $1""", a.ManagerId));
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT count(*) FROM invitations WHERE id = $1 AND revoked_at IS NULL AND accepted_at IS NULL", a.InvitationId));
        Assert.Equal("Vera Victim", await server.ScalarAsync<string>("SELECT name FROM customers WHERE tenant_id = $1 AND customer_id = 'c-victim'", a.Tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM customers WHERE tenant_id = $1 AND account_manager_id IS NOT NULL", a.Tenant.Id));
        Assert.Equal("open", await server.ScalarAsync<string>("SELECT status FROM churn_alerts WHERE id = $1", a.AlertId));
        Assert.Equal("Victim's buyers", await server.ScalarAsync<string>("SELECT name FROM custom_segments WHERE id = $1", a.SegmentId));
        Assert.Equal(1, await server.ScalarAsync<long>(
            "SELECT count(*) FROM custom_segment_members WHERE segment_id = $1 AND tenant_id = $2 AND customer_id = 'c-victim'", a.SegmentId, a.Tenant.Id));
        Assert.Equal(2, await server.ScalarAsync<long>("SELECT count(*) FROM shop_connections WHERE tenant_id = $1", a.Tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM shop_orders WHERE tenant_id = $1", a.Tenant.Id));
        Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, a.Shops[0], "customers/create", ShopWebhooksApi.Fixture("shopify", "customers-create"), "a-1"));
        using var owner = await BrowserSession.SignInAsync(server, a.Tenant);
        var preview = await owner.SendAsync(HttpMethod.Post, "/api/v1/invitations/preview", new { token = a.OpenInvitationToken });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    private static async Task ExpectAsync(BrowserSession session, HttpMethod method, string path, object? body, params HttpStatusCode[] allowed)
    {
        using var response = await session.SendAsync(method, path, body);
        Assert.True(allowed.Contains(response.StatusCode),
            $"{method} {path} answered {(int)response.StatusCode}, expected {string.Join(" or ", allowed.Select(s => (int)s))}.");
    }

    /// <returns>"METHOD pattern" of every route the app maps; "*" for any method.</returns>
    private IReadOnlyList<string> MappedEndpoints() =>
    [
        .. server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Normalize(e.RoutePattern.RawText!)}"))
            .Distinct(),
    ];

    private static string Normalize(string pattern) => "/" + pattern.Trim('/');

    private sealed record Victim(
        TestTenant Tenant, string KeyId, string ManagerId, string ManagerEmail, string InvitationId, string OpenInvitationToken, long AlertId,
        long SegmentId, TestConnection[] Shops, string ImportId);
}
