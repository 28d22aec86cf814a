using System.Net;
using System.Text.Json;
using Saas.Server.Features.Imports;
using Saas.Server.Tests.Imports;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class AdminConsoleTests(ServerFixture server)
{
    [Fact]
    public async Task An_admin_sees_usage_and_a_suspended_tenant_can_neither_sign_in_nor_send_orders_until_resumed()
    {
        var tenant = await server.CreateTenantAsync("Suspend Me Tea");
        await server.SubmitAsync(tenant, ShopApi.Order("o-adm-1", "c-adm-1").ToJsonString());
        using var admin = await BrowserSession.SignInAsAdminAsync(server);

        await Eventually.UntilAsync(() => UsageAsync(admin, tenant.Id), u => u.GetProperty("customers").GetInt64() == 1, "the customer to show in usage");
        var usage = await UsageAsync(admin, tenant.Id);
        Assert.Equal(1, usage.GetProperty("ordersLast24Hours").GetInt64());
        Assert.True(usage.GetProperty("storageBytes").GetInt64() > 0);

        using (var suspend = await admin.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/suspend"))
        {
            Assert.Equal(HttpStatusCode.NoContent, suspend.StatusCode);
        }
        using var owner = new BrowserSession(server);
        using (var login = await owner.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            await HttpJson.ReadProblemAsync(login, HttpStatusCode.Forbidden);
        }
        using (var refused = await server.PostOrdersAsync(tenant.ApiKey, ShopApi.Order("o-adm-2", "c-adm-2").ToJsonString()))
        {
            var problem = await HttpJson.ReadProblemAsync(refused, HttpStatusCode.Forbidden);
            Assert.Contains("suspended", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(1, await server.EventCountAsync(tenant.Id));

        using (var resume = await admin.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/resume"))
        {
            Assert.Equal(HttpStatusCode.NoContent, resume.StatusCode);
        }
        using (var login = await owner.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var audit = await admin.GetJsonAsync($"/api/v1/admin/audit?search={tenant.Id}");
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray();
        Assert.Equal(["tenant.resume", "tenant.suspend"], actions);
        Assert.All(audit.EnumerateArray(), e => Assert.Equal(ServerFixture.AdminEmail, e.GetProperty("actorEmail").GetString()));
    }

    [Fact]
    public async Task Deleting_a_tenant_needs_its_name_typed_again_and_then_removes_all_its_data()
    {
        var tenant = await server.CreateTenantAsync("Delete Me Tea");
        await server.SubmitAsync(tenant, ShopApi.Order("o-del-1", "c-del-1").ToJsonString());
        using (var importer = await BrowserSession.SignInAsync(server, tenant))
        {
            await ImportsApi.UploadAndImportAsync(importer, ImportKinds.Orders, ImportsApi.Fixture("orders-utf8-tab.csv"));
        }
        var before = await Eventually.UntilAsync(() => RowsOfAsync(tenant.Id),
            rows => rows["customers"] > 1 && rows["grain_events"] == rows["customers"] && rows["segment_moves"] == rows["customers"], "the orders to be applied");
        Assert.All(["imported_orders", "customer_categories", "customer_profits", "segment_moves"],
            table => Assert.True(before[table] > 0, $"{table} has no row of the tenant to delete."));
        using var admin = await BrowserSession.SignInAsAdminAsync(server);

        using (var unconfirmed = await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}", new { confirmName = "Delete Me" }))
        {
            Assert.Contains("confirmName", HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(unconfirmed, HttpStatusCode.BadRequest)));
        }
        Assert.Equal(before["customers"], (await RowsOfAsync(tenant.Id))["customers"]);

        using (var deleted = await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}", new { confirmName = "Delete Me Tea" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.All(await RowsOfAsync(tenant.Id), table => Assert.True(table.Value == 0, $"{table.Key} still has {table.Value} rows of the tenant."));
        using var owner = new BrowserSession(server);
        using (var login = await owner.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        }
        using var refused = await server.PostOrdersAsync(tenant.ApiKey, ShopApi.Order("o-del-2", "c-del-2").ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var audit = await admin.GetJsonAsync($"/api/v1/admin/audit?search={tenant.Id}");
        Assert.Equal("tenant.delete", audit.EnumerateArray().First().GetProperty("action").GetString());
    }

    [Fact]
    public async Task An_admin_creates_a_tenant_whose_owner_joins_by_the_mailed_invitation_and_reads_it_in_the_mail_outbox()
    {
        using var admin = await BrowserSession.SignInAsAdminAsync(server);
        var ownerEmail = TestMail.NewAddress("new-owner");

        using var created = await admin.SendAsync(HttpMethod.Post, "/api/v1/admin/tenants", new { name = "Admin Made Tea", ownerEmail });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tenantId = (await HttpJson.ReadAsync(created)).GetProperty("id").GetString()!;
        var outbox = await admin.GetJsonAsync($"/api/v1/admin/mail?search={Uri.EscapeDataString(ownerEmail)}");
        var mail = Assert.Single(outbox.EnumerateArray());
        Assert.Equal("You are invited to Admin Made Tea", mail.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, mail.GetProperty("deliveredAt").ValueKind);

        var token = new SentMail(mail.GetProperty("subject").GetString()!, mail.GetProperty("body").GetString()!).LinkSecrets()["token"];
        using var owner = new BrowserSession(server);
        using (var accept = await owner.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = "owner-secret-2026" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        }
        using (var login = await owner.LoginAsync(ownerEmail, "owner-secret-2026"))
        {
            var me = await HttpJson.ReadAsync(login);
            Assert.Equal(tenantId, me.GetProperty("tenantId").GetString());
            Assert.Equal(["TenantOwner"], HttpJson.Strings(me.GetProperty("roles")));
        }
        using (var notForOwners = await owner.Http.GetAsync("/api/v1/admin/mail"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notForOwners.StatusCode);
        }
        var audit = await admin.GetJsonAsync($"/api/v1/admin/audit?search={tenantId}");
        Assert.Equal(["member.join", "tenant.create"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
    }

    private async Task<Dictionary<string, long>> RowsOfAsync(string tenantId)
    {
        var rows = new Dictionary<string, long>();
        foreach (var (table, column) in new[]
                 {
                     ("tenants", "id"), ("\"AspNetUsers\"", "\"TenantId\""), ("api_keys", "tenant_id"), ("customers", "tenant_id"),
                     ("segment_counts", "tenant_id"), ("grain_events", "scope"), ("grain_state", "scope"), ("grain_outbox", "scope"),
                     ("grain_scope_sequences", "scope"), ("grain_reminders", "scope"), ("invitations", "tenant_id"), ("mail_outbox", "tenant_id"),
                     ("imported_orders", "tenant_id"), ("customer_identities", "tenant_id"), ("customer_categories", "tenant_id"), ("customer_profits", "tenant_id"), ("segment_moves", "tenant_id"),
                 })
        {
            rows[table] = await server.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE {column} = $1", tenantId);
        }
        return rows;
    }

    [Fact]
    public async Task Tenant_owners_and_strangers_cannot_use_the_admin_console()
    {
        var tenant = await server.CreateTenantAsync("Not An Admin Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        using (var forbidden = await owner.Http.GetAsync("/api/v1/admin/tenants"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        using (var suspend = await owner.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/suspend"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, suspend.StatusCode);
        }
        using var stranger = new BrowserSession(server);
        using var anonymous = await stranger.Http.GetAsync("/api/v1/admin/audit");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("active", (await AdminTenantAsync(tenant.Id)).GetProperty("status").GetString());
    }

    private async Task<JsonElement> AdminTenantAsync(string tenantId)
    {
        using var admin = await BrowserSession.SignInAsAdminAsync(server);
        return await UsageAsync(admin, tenantId);
    }

    private static async Task<JsonElement> UsageAsync(BrowserSession admin, string tenantId) =>
        (await admin.GetJsonAsync("/api/v1/admin/tenants?pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == tenantId);
}
