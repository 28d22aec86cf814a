using System.Net;
using System.Text.Json;

namespace Saas.Server.Tests.Shops;

[Collection(ServerCollection.Name)]
public sealed class ShopConnectionTests(ServerFixture server)
{
    [Fact]
    public async Task Connecting_a_shop_answers_its_webhook_url_secret_and_api_key_once_and_the_list_shows_neither()
    {
        var tenant = await server.CreateTenantAsync("Leaf & Co");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var shop = await ShopWebhooksApi.ConnectAsync(owner, "shopify");

        Assert.Equal($"http://localhost/webhooks/shopify/{shop.Id}", shop.WebhookUrl);
        Assert.Matches("^whsec_[0-9a-f]{64}$", shop.Secret);
        var listed = (await owner.GetJsonAsync("/api/v1/shops/connections"))[0];
        Assert.Equal(("shopify", "leaf-and-co.myshopify.com", shop.WebhookUrl),
            (listed.GetProperty("platform").GetString(), listed.GetProperty("shopDomain").GetString(), listed.GetProperty("webhookUrl").GetString()));
        var text = listed.GetRawText();
        Assert.DoesNotContain(shop.Secret, text);
        Assert.DoesNotContain(shop.ApiKey, text);
        var stored = await server.ScalarAsync<byte[]>("SELECT secret_protected FROM shop_connections WHERE id = $1", shop.Id);
        Assert.DoesNotContain(shop.Secret, System.Text.Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public async Task A_custom_connections_api_key_submits_orders_and_it_has_no_webhook()
    {
        var tenant = await server.CreateTenantAsync("Leaf & Co");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        using var created = await owner.SendAsync(HttpMethod.Post, "/api/v1/shops/connections", new { platform = "custom", name = "Till" });
        var connection = await HttpJson.ReadAsync(created);

        Assert.Equal(JsonValueKind.Null, connection.GetProperty("webhookUrl").ValueKind);
        Assert.Equal("http://localhost/api/v1/orders", connection.GetProperty("apiUrl").GetString());
        using var accepted = await server.PostOrdersAsync(connection.GetProperty("apiKey").GetString()!, ShopApi.Order("o-till-1", "c-till").ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Theory]
    [InlineData("magento", "Shop", null, "platform")]
    [InlineData("shopify", "Shop", null, "shopDomain")]
    [InlineData("shopify", "Shop", "https://evil.example.com", "shopDomain")]
    [InlineData("woocommerce", "Shop", "leaf.myshopify.com", "shopDomain")]
    [InlineData("csv", "", null, "name")]
    public async Task A_connection_that_does_not_make_sense_is_a_400_problem_and_nothing_is_stored(string platform, string name, string? shopDomain, string field)
    {
        var tenant = await server.CreateTenantAsync("Leaf & Co");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var response = await owner.SendAsync(HttpMethod.Post, "/api/v1/shops/connections", new { platform, name, shopDomain });

        Assert.Contains(field, HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM shop_connections WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task After_the_owner_pastes_Shopifys_signing_key_only_that_key_signs()
    {
        var tenant = await server.CreateTenantAsync("Leaf & Co");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var shop = await ShopWebhooksApi.ConnectAsync(owner, "shopify");
        const string shopifyKey = "6f1d2c3b4a5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8";

        using (var replaced = await owner.SendAsync(HttpMethod.Put, $"/api/v1/shops/connections/{shop.Id}/secret", new { secret = shopifyKey }))
        {
            Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        }
        using (var tooShort = await owner.SendAsync(HttpMethod.Put, $"/api/v1/shops/connections/{shop.Id}/secret", new { secret = "short" }))
        {
            await HttpJson.ReadProblemAsync(tooShort, HttpStatusCode.BadRequest);
        }

        var body = ShopWebhooksApi.Fixture("shopify", "orders-create");
        using (var old = await ShopWebhooksApi.DeliverAsync(server, shop, "orders/create", body, ShopWebhooksApi.Sign(body, shop.Secret), "k-1"))
        {
            await HttpJson.ReadProblemAsync(old, HttpStatusCode.Unauthorized);
        }
        Assert.Equal("applied", await ShopWebhooksApi.DeliverSignedAsync(server, shop with { Secret = shopifyKey }, "orders/create", body, "k-1"));
    }

    [Fact]
    public async Task A_deleted_connection_refuses_its_webhooks_and_its_api_key()
    {
        var tenant = await server.CreateTenantAsync("Leaf & Co");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var shop = await ShopWebhooksApi.ConnectAsync(owner, "woocommerce");

        using (var deleted = await owner.SendAsync(HttpMethod.Delete, $"/api/v1/shops/connections/{shop.Id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var body = ShopWebhooksApi.Fixture("woocommerce", "order-created");
        using (var webhook = await ShopWebhooksApi.DeliverAsync(server, shop, "order.created", body, ShopWebhooksApi.Sign(body, shop.Secret), "g-1"))
        {
            await HttpJson.ReadProblemAsync(webhook, HttpStatusCode.Unauthorized);
        }
        using var order = await server.PostOrdersAsync(shop.ApiKey, ShopApi.Order("o-gone-1", "c-gone").ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, order.StatusCode);
        Assert.Empty((await owner.GetJsonAsync("/api/v1/shops/connections")).EnumerateArray());
    }

    [Fact]
    public async Task Deleting_the_tenant_removes_its_connections_and_what_their_webhooks_left()
    {
        var tenant = await server.CreateTenantAsync("Gone Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var shop = await ShopWebhooksApi.ConnectAsync(owner, "shopify");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "orders/create", ShopWebhooksApi.Fixture("shopify", "orders-create"), "t-1");
        await ShopWebhooksApi.DeliverSignedAsync(server, shop, "customers/redact", ShopWebhooksApi.Fixture("shopify", "customers-redact"), "t-2");
        using var admin = await BrowserSession.SignInAsAdminAsync(server);

        using (var deleted = await admin.SendAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}", new { confirmName = "Gone Tea" }))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        foreach (var table in new[] { "shop_connections", "shop_orders", "shop_redactions", "shop_deliveries" })
        {
            Assert.Equal(0, await server.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE tenant_id = $1", tenant.Id));
        }
    }
}
