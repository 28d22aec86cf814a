using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Shops;

namespace Saas.Server.Tests.Shops;

/// <summary>Every fixture of both platforms, signed, replayed, badly signed and unsigned, against a real server and database.</summary>
[Collection(ServerCollection.Name)]
public sealed class WebhookDeliveryTests(ServerFixture server)
{
    [Fact]
    public async Task Every_signed_Shopify_fixture_is_applied_once_even_when_replayed()
    {
        var (tenant, owner, shop) = await ConnectedAsync("shopify");
        await DeliverAllTwiceAsync(tenant, shop);

        Assert.Equal((1, 100.00m), await ShopWebhooksApi.CustomerAsync(owner, shop.ScopedId(WebhookFixtures.JohnSmith), c => c == (1, 100.00m)));
        var profile = await ProfileOnceUpdatedAsync(owner, shop.ScopedId(WebhookFixtures.JohnSmith), "+16135550177");
        Assert.Equal("John Smith", profile.GetProperty("summary").GetProperty("name").GetString());
        var returns = profile.GetProperty("loyalty").GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "complaints and returns");
        Assert.Contains("1 return over 1 order", returns.GetProperty("explanation").GetString());
        Assert.Equal(0, returns.GetProperty("score").GetDouble());
        // Mei Chen asked to be redacted: the request is kept, done, and she is gone.
        Assert.Equal(1, await server.ScalarAsync<long>(
            "SELECT count(*) FROM shop_redactions WHERE tenant_id = $1 AND customer_id = $2 AND erased_at IS NOT NULL", tenant.Id, shop.ScopedId(WebhookFixtures.MeiChen)));
        using (var erased = await owner.Http.GetAsync($"/api/v1/customers/{shop.ScopedId(WebhookFixtures.MeiChen)}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, erased.StatusCode);
        }
        Assert.Equal(0, await server.ScalarAsync<long>(
            "SELECT count(*) FROM grain_events WHERE scope = $1 AND grain_key = $2 AND kind <> 'grain.rebuild'", tenant.Id, $"{tenant.Id}/{shop.ScopedId(WebhookFixtures.MeiChen)}"));
        // Profitability: the cancelled order is gone from revenue, the refund is its own cost.
        var profits = (await owner.GetJsonAsync("/api/v1/analyses/profitability")).GetProperty("items")[0];
        Assert.Equal((1, 130.00m, 30.00m, 100.00m), (profits.GetProperty("orders").GetInt32(), profits.GetProperty("revenue").GetDecimal(),
            profits.GetProperty("refunds").GetDecimal(), profits.GetProperty("profit").GetDecimal()));
        var summary = await owner.GetJsonAsync("/api/v1/analyses/profitability/summary");
        Assert.Equal((30.00m, 100.00m), (summary.GetProperty("refunds").GetDecimal(), summary.GetProperty("profit").GetDecimal()));
        // Category sales follow the orders too: the cancelled Jasmine Pearls are gone, the scoop the amendment added
        // is counted, and each category keeps 100/130 of what it sold for after the 30 refund (80 + 40 + 10 = 130).
        var categories = (await owner.GetJsonAsync("/api/v1/analyses/categories/by-region?from=2026-03&to=2026-03")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("category").GetString()!, r => (r.GetProperty("orders").GetInt64(), r.GetProperty("quantity").GetInt64(), r.GetProperty("revenue").GetDecimal()));
        Assert.Equal(new Dictionary<string, (long, long, decimal)>
        {
            ["Sencha Green Tea"] = (1, 2, 61.54m), ["Cast Iron Teapot"] = (1, 1, 30.77m), ["Bamboo Tea Scoop"] = (1, 1, 7.69m),
        }, categories);
    }

    [Fact]
    public async Task Every_signed_WooCommerce_fixture_is_applied_once_even_when_replayed()
    {
        var (tenant, owner, shop) = await ConnectedAsync("woocommerce");
        await DeliverAllTwiceAsync(tenant, shop);

        Assert.Equal((1, 50.00m), await ShopWebhooksApi.CustomerAsync(owner, shop.ScopedId(WebhookFixtures.LiWei), c => c == (1, 50.00m)));
        await ProfileOnceUpdatedAsync(owner, shop.ScopedId(WebhookFixtures.LiWei), "+8613800138111");
    }

    [Fact]
    public async Task An_update_that_overtakes_its_orders_creation_is_not_undone_by_it()
    {
        var (_, owner, shop) = await ConnectedAsync("shopify");

        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/updated", ShopWebhooksApi.Fixture("shopify", "orders-updated"), "late-1");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/create", ShopWebhooksApi.Fixture("shopify", "orders-create"), "late-2");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/update", ShopWebhooksApi.Fixture("shopify", "customers-update"), "late-3");

        // The customer's details came last: once they show, every order event before them was applied.
        var customerId = shop.ScopedId(WebhookFixtures.JohnSmith);
        await Eventually.UntilAsync(async () =>
        {
            using var response = await owner.Http.GetAsync($"/api/v1/customers/{customerId}");
            return response.IsSuccessStatusCode ? (await HttpJson.ReadAsync(response)).GetProperty("demographics").GetProperty("phone").GetString() : null;
        }, phone => phone == "+16135550177", "the customer's new phone");
        Assert.Equal((1, 130.00m), await ShopWebhooksApi.CustomerAsync(owner, customerId, _ => true));
    }

    [Fact]
    public async Task An_update_older_than_the_one_applied_does_not_take_the_order_back()
    {
        var (_, owner, shop) = await ConnectedAsync("shopify");
        var customerId = shop.ScopedId(WebhookFixtures.JohnSmith);
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/create", ShopWebhooksApi.Fixture("shopify", "orders-create"), "v-1");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/updated", ShopWebhooksApi.Fixture("shopify", "orders-updated"), "v-2");
        Assert.Equal((1, 130.00m), await ShopWebhooksApi.CustomerAsync(owner, customerId, c => c == (1, 130.00m)));

        // The creation's version (120.00, changed at 14:20) comes again as an update, after the 15:05 one was applied.
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/updated", ShopWebhooksApi.Fixture("shopify", "orders-create"), "v-3");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/update", ShopWebhooksApi.Fixture("shopify", "customers-update"), "v-4");
        await Eventually.UntilAsync(async () =>
        {
            using var response = await owner.Http.GetAsync($"/api/v1/customers/{customerId}");
            return (await HttpJson.ReadAsync(response)).GetProperty("demographics").GetProperty("phone").GetString();
        }, phone => phone == "+16135550177", "the update after the stale one applied");
        Assert.Equal((1, 130.00m), await ShopWebhooksApi.CustomerAsync(owner, customerId, _ => true));
    }

    [Theory]
    [InlineData("shopify")]
    [InlineData("woocommerce")]
    public async Task Every_fixture_with_a_wrong_or_missing_signature_is_a_401_problem_and_writes_nothing(string platform)
    {
        var (tenant, _, shop) = await ConnectedAsync(platform);
        var wrongSecret = shop with { Secret = "whsec_not-the-connections-secret" };
        foreach (var (topic, file) in WebhookFixtures.Of(platform))
        {
            var body = ShopWebhooksApi.Fixture(platform, file);
            var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"id\"", "\"id\" ", StringComparison.Ordinal));
            foreach (var signature in new[] { ShopWebhooksApi.Sign(body, wrongSecret.Secret), ShopWebhooksApi.Sign(tampered, shop.Secret), "not base64!", "", null })
            {
                using var response = await ShopWebhooksApi.DeliverAsync(server, shop, topic, body, signature, $"bad-{file}");
                await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
            }
        }
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task An_unknown_connection_gets_the_same_401_as_a_wrong_signature()
    {
        var (_, _, shop) = await ConnectedAsync("shopify");
        var body = ShopWebhooksApi.Fixture("shopify", "orders-create");
        using var wrong = await ShopWebhooksApi.DeliverAsync(server, shop, "orders/create", body, ShopWebhooksApi.Sign(body, "whsec_guess"), "w-1");
        using var unknown = await ShopWebhooksApi.DeliverAsync(server, shop with { WebhookUrl = $"http://localhost/webhooks/shopify/{Guid.NewGuid():N}" },
            "orders/create", body, ShopWebhooksApi.Sign(body, shop.Secret), "w-1");

        var (a, b) = (await HttpJson.ReadProblemAsync(wrong, HttpStatusCode.Unauthorized), await HttpJson.ReadProblemAsync(unknown, HttpStatusCode.Unauthorized));
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_tenants_connection_cannot_be_used_with_ones_own_secret()
    {
        var (victim, _, victimShop) = await ConnectedAsync("shopify");
        var (intruder, _, intruderShop) = await ConnectedAsync("shopify");
        var body = ShopWebhooksApi.Fixture("shopify", "orders-create");

        using var response = await ShopWebhooksApi.DeliverAsync(server, victimShop, "orders/create", body, ShopWebhooksApi.Sign(body, intruderShop.Secret), "x-1");

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        await AssertNothingWrittenAsync(victim.Id);
        await AssertNothingWrittenAsync(intruder.Id);
    }

    [Fact]
    public async Task WooCommerces_ping_on_webhook_creation_is_answered_200_and_stores_nothing()
    {
        var (tenant, _, shop) = await ConnectedAsync("woocommerce");
        using var ping = await server.CreateClient().PostAsync(shop.WebhookPath, new FormUrlEncodedContent([new("webhook_id", "12")]));

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task An_unused_topic_is_answered_200_as_ignored_and_stores_nothing()
    {
        var (tenant, _, shop) = await ConnectedAsync("shopify");

        Assert.Equal("ignored", await ShopWebhooksApi.DeliverSignedAsync(server, shop, "products/create", "{\"id\":1}"u8.ToArray(), "p-1"));
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task A_signed_but_malformed_payload_is_a_400_problem_naming_the_field_and_stores_nothing()
    {
        var (tenant, _, shop) = await ConnectedAsync("shopify");
        var noCurrency = "{\"id\": 1, \"created_at\": \"2026-03-02T14:20:00-05:00\", \"total_price\": \"1.00\"}"u8.ToArray();
        var notJson = "{\"id\": 1, "u8.ToArray();
        var badCurrency = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ShopWebhooksApi.Fixture("shopify", "orders-create")).Replace("\"currency\": \"CAD\"", "\"currency\": \"C\""));

        foreach (var (body, field) in new[] { (noCurrency, "currency"), (notJson, "body"), (badCurrency, "currency") })
        {
            using var response = await ShopWebhooksApi.DeliverAsync(server, shop, "orders/create", body, ShopWebhooksApi.Sign(body, shop.Secret), "m-1");
            var problem = await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains(field, HttpJson.ErrorFields(problem));
        }
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task A_body_over_2_MiB_is_a_413_problem()
    {
        var (tenant, _, shop) = await ConnectedAsync("shopify");
        var body = new byte[2 * 1024 * 1024 + 1];

        using var response = await ShopWebhooksApi.DeliverAsync(server, shop, "orders/create", body, ShopWebhooksApi.Sign(body, shop.Secret), "big-1");

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task A_suspended_tenants_webhooks_are_a_403_problem_and_store_nothing()
    {
        var (tenant, _, shop) = await ConnectedAsync("woocommerce");
        using (var admin = await BrowserSession.SignInAsAdminAsync(server))
        using (var suspend = await admin.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/suspend"))
        {
            Assert.Equal(HttpStatusCode.NoContent, suspend.StatusCode);
        }
        var body = ShopWebhooksApi.Fixture("woocommerce", "order-created");

        using var response = await ShopWebhooksApi.DeliverAsync(server, shop, "order.created", body, ShopWebhooksApi.Sign(body, shop.Secret), "s-1");

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Forbidden);
        await AssertNothingWrittenAsync(tenant.Id);
    }

    [Fact]
    public async Task A_connection_over_its_webhooks_per_minute_gets_a_429_problem_and_other_connections_go_on()
    {
        var (tenant, owner, busy) = await ConnectedAsync("shopify");
        var quiet = await ShopWebhooksApi.ConnectAsync(owner, "shopify", "Quiet shop");
        var body = ShopWebhooksApi.Fixture("shopify", "orders-create");
        for (var i = 0; i < ServerFixture.WebhooksPerConnectionPerMinute; i++)
        {
            using var refused = await ShopWebhooksApi.DeliverAsync(server, busy, "orders/create", body, null, $"r-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var over = await ShopWebhooksApi.DeliverAsync(server, busy, "orders/create", body, ShopWebhooksApi.Sign(body, busy.Secret), "r-over");

        await HttpJson.ReadProblemAsync(over, HttpStatusCode.TooManyRequests);
        Assert.True(over.Headers.RetryAfter is not null, "A 429 says when to retry.");
        await AssertNothingWrittenAsync(tenant.Id);
        Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, quiet, "orders/create", body, "q-1"));
    }

    [Fact]
    public async Task Delivery_ids_are_forgotten_after_the_retention_but_not_before()
    {
        var (tenant, _, shop) = await ConnectedAsync("shopify");
        var body = ShopWebhooksApi.Fixture("shopify", "customers-create");
        Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/create", body, "old-1"));
        Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/update", body, "new-1"));
        await server.ScalarAsync<int>(
            "UPDATE shop_deliveries SET received_at = now() - interval '31 days' WHERE tenant_id = $1 AND delivery_id = 'old-1' RETURNING 1", tenant.Id);
        // A month of a busy shop's deliveries: more than one batch.
        await server.ScalarAsync<long>("""
            WITH old AS (
                INSERT INTO shop_deliveries (tenant_id, connection_id, delivery_id, topic, received_at)
                SELECT $1, $2, 'busy-' || n, 'orders/create', now() - interval '40 days' FROM generate_series(1, 25000) n RETURNING 1)
            SELECT count(*) FROM old
            """, tenant.Id, shop.Id);

        Assert.True(await server.Services.GetRequiredService<ShopDeliveryRetention>().ForgetExpiredAsync(CancellationToken.None) >= 25_001);

        Assert.Equal("new-1", await server.ScalarAsync<string>("SELECT string_agg(delivery_id, ',') FROM shop_deliveries WHERE tenant_id = $1", tenant.Id));
        Assert.Equal("duplicate", await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/update", body, "new-1"));
    }

    private async Task<(TestTenant Tenant, BrowserSession Owner, TestConnection Shop)> ConnectedAsync(string platform)
    {
        var tenant = await server.CreateTenantAsync($"{platform} tea shop");
        var owner = await BrowserSession.SignInAsync(server, tenant);
        return (tenant, owner, await ShopWebhooksApi.ConnectAsync(owner, platform));
    }

    /// <summary>Each fixture once (applied), then each again with the same delivery id (duplicate, the event log unchanged).</summary>
    private async Task DeliverAllTwiceAsync(TestTenant tenant, TestConnection shop)
    {
        var fixtures = WebhookFixtures.Of(shop.Platform);
        foreach (var (topic, file) in fixtures)
        {
            Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, shop, topic, ShopWebhooksApi.Fixture(shop.Platform, file), $"d-{file}"));
        }
        var events = await server.EventCountAsync(tenant.Id);
        foreach (var (topic, file) in fixtures)
        {
            Assert.Equal("duplicate", await ShopWebhooksApi.DeliverSignedAsync(server, shop, topic, ShopWebhooksApi.Fixture(shop.Platform, file), $"d-{file}"));
        }
        Assert.Equal(events, await server.EventCountAsync(tenant.Id));
    }

    /// <summary>
    /// The customer's profile once it shows the phone of the customer update. The update is delivered after the
    /// orders, so their totals can show first.
    /// </summary>
    private static Task<JsonElement> ProfileOnceUpdatedAsync(BrowserSession owner, string customerId, string phone) =>
        Eventually.UntilAsync(() => owner.GetJsonAsync($"/api/v1/customers/{customerId}"),
            p => p.GetProperty("demographics").GetProperty("phone").GetString() == phone, "the phone of the customer's update");

    private async Task AssertNothingWrittenAsync(string tenantId)
    {
        Assert.Equal(0, await server.EventCountAsync(tenantId));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenantId));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM shop_orders WHERE tenant_id = $1", tenantId));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM shop_redactions WHERE tenant_id = $1", tenantId));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM shop_deliveries WHERE tenant_id = $1", tenantId));
    }
}
