using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Identities;
using Saas.Server.Features.Privacy;
using Saas.Server.Tests.Feedback;
using Saas.Server.Tests.Identities;

namespace Saas.Server.Tests.Privacy;

/// <summary>GDPR: an owner exports one customer's data and erases a customer from everything the tenant holds.</summary>
[Collection(ServerCollection.Name)]
public sealed class PrivacyTests(ServerFixture server)
{
    [Fact]
    public async Task An_export_holds_the_customers_orders_identities_and_merges_and_nothing_of_another_customer()
    {
        var tenant = await server.CreateTenantAsync("Exporting Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(
            IdentityApi.Order("o-e1", "exp-1", "export.me@example.com", total: 12m),
            IdentityApi.Order("o-other", "exp-other", "someone.else@example.com", total: 99m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-e2", "exp-web", "Export.Me@example.com", total: 8m)));
        await server.CustomersOnceAsync(tenant.Id, 2, 3);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var response = await owner.SendAsync(HttpMethod.Get, "/api/v1/customers/exp-1/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("customer-exp-1.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["o-e1", "o-e2"], export.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetString()).Order());
        Assert.Equal("exp-1", export.GetProperty("profile").GetProperty("summary").GetProperty("customerId").GetString());
        Assert.Equal("exp-web", export.GetProperty("identities").GetProperty("merges")[0].GetProperty("sourceCustomerId").GetString());
        Assert.DoesNotContain("exp-other", text, StringComparison.Ordinal);
        Assert.DoesNotContain("someone.else", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_a_customer_removes_it_from_every_table_and_the_list_and_a_replay_does_not_bring_it_back()
    {
        var tenant = await server.CreateTenantAsync("Erasing Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(
            IdentityApi.Order("o-f1", "forget-me", "forget@example.com", "+44 20 7946 0000", 40m),
            IdentityApi.Order("o-k1", "keep-me", "keep@example.com", total: 60m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-f2", "forget-web", "FORGET@example.com", total: 10m)));
        await server.SubmitFeedbackAsync(tenant, FeedbackApi.Rating("r-forget", "forget-me", 2));
        await server.CustomersOnceAsync(tenant.Id, 2, 3);
        await Eventually.UntilAsync(() => CountAsync("ratings", tenant.Id, "forget-me"), n => n == 1, "the rating");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using (var noReason = await owner.SendAsync(HttpMethod.Delete, "/api/v1/customers/forget-me", new { reason = " " }))
        {
            await HttpJson.ReadProblemAsync(noReason, HttpStatusCode.BadRequest);
        }
        using var manager = await MemberTests.JoinAsync(server, owner, TestMail.NewAddress("eraser"));
        using (var byManager = await manager.SendAsync(HttpMethod.Delete, "/api/v1/customers/forget-me", new { reason = "asked by phone" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        }
        Assert.Equal(1, await CountAsync("customers", tenant.Id, "forget-me"));

        using (var erased = await owner.SendAsync(HttpMethod.Delete, "/api/v1/customers/forget-me", new { reason = "GDPR request #17" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        foreach (var table in CustomerReadModels.PlainTables.Concat(["customers", "customer_profits", "custom_segment_members", "customer_identities"]))
        {
            Assert.True(await CountAsync(table, tenant.Id, "forget-me") == 0, $"{table} still holds the erased customer");
        }
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM customer_merges WHERE tenant_id = $1 AND (customer_id = 'forget-me' OR source_customer_id = 'forget-me')", tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM grain_events WHERE grain_key = $1 AND kind <> 'grain.rebuild'", $"{tenant.Id}/forget-me"));
        await Eventually.UntilAsync(() => server.ScalarAsync<long>(
            "SELECT count(*) FROM grain_state WHERE grain_key = $1", $"{tenant.Id}/forget-me"), n => n == 0, "the grain state to go");
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM grain_reminders WHERE grain_key = $1", $"{tenant.Id}/forget-me"));
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM grain_outbox WHERE scope = $1 AND payload->>'customerId' = 'forget-me'", tenant.Id));
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT customers FROM analysis_totals WHERE tenant_id = $1", tenant.Id));
        Assert.Equal("customer/forget-me: GDPR request #17", await server.ScalarAsync<string>(
            "SELECT target FROM audit_log WHERE tenant_id = $1 AND action = 'customer.erase'", tenant.Id));
        var list = await owner.GetJsonAsync("/api/v1/customers");
        Assert.Equal(["keep-me"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()));

        // Later orders of the other customer replay nothing of the erased one.
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-k2", "keep-me", "keep@example.com", total: 1m)));
        await server.CustomersOnceAsync(tenant.Id, 1, 2);
        Assert.Equal(0, await CountAsync("customers", tenant.Id, "forget-me"));
        using var again = await owner.SendAsync(HttpMethod.Delete, "/api/v1/customers/forget-me", new { reason = "twice" });
        await HttpJson.ReadProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_redact_request_naming_a_merged_shop_customer_id_erases_the_whole_customer()
    {
        var tenant = await server.CreateTenantAsync("Redacting Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-r1", "redact-main", "redact@example.com", total: 7m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-r2", "shopify-9001", "Redact@Example.com", total: 3m)));
        await server.CustomersOnceAsync(tenant.Id, 1, 2);

        var erased = await server.Services.GetRequiredService<CustomerErasure>()
            .EraseAsync(tenant.Id, "shopify-9001", "shopify:customers/redact", "redact request 42", default);

        Assert.True(erased);
        Assert.Empty(await server.CustomersAsync(tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM customer_identities WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM grain_events WHERE scope = $1 AND kind <> 'grain.rebuild'", tenant.Id));
        Assert.Equal("shopify:customers/redact", await server.ScalarAsync<string>(
            "SELECT actor_email FROM audit_log WHERE tenant_id = $1 AND action = 'customer.erase'", tenant.Id));
    }

    private Task<long> CountAsync(string table, string tenantId, string customerId) =>
        server.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE tenant_id = $1 AND customer_id = $2", tenantId, customerId);
}
