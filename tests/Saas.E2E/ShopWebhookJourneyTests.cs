using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Saas.E2E;

[Collection(LiveAppCollection.Name)]
public sealed class ShopWebhookJourneyTests(LiveAppFixture app)
{
    [Fact]
    public async Task Owner_connects_a_Shopify_shop_and_the_customer_of_a_signed_order_appears_in_Customers()
    {
        var owner = await app.NewPageAsync();
        await owner.SignInAsync(app, app.DemoEmail, app.DemoPassword);
        await owner.NavLinks().Filter(new() { HasText = "Shops" }).ClickAsync();
        await owner.GetByTestId("platform-select").SelectOptionAsync("shopify");
        await owner.GetByTestId("connection-name-input").FillAsync("Journey Shopify");
        await owner.GetByTestId("shop-domain-input").FillAsync("journey-tea.myshopify.com");
        await owner.GetByTestId("create-connection-button").ClickAsync();

        var webhookUrl = await ShownAsync(owner, "webhook-url");
        var secret = await ShownAsync(owner, "webhook-secret");
        await Expect(owner.GetByTestId("setup-steps").GetByRole(AriaRole.Listitem).Nth(1)).ToContainTextAsync(webhookUrl);
        Assert.StartsWith($"{app.BaseUrl}/webhooks/shopify/", webhookUrl);

        var customerId = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        var name = $"Journey Webhook {customerId % 100_000}";
        await DeliverOrderCreatedAsync(webhookUrl, secret, customerId, name);

        await owner.GetByTestId("dismiss-new-connection-button").ClickAsync();
        await owner.NavLinks().Filter(new() { HasText = "Customers" }).ClickAsync();
        await owner.GetByTestId("customer-search").FillAsync(name);
        var row = owner.GetByTestId("customer-row").Filter(new() { HasText = name });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("84");
    }

    private static async Task<string> ShownAsync(IPage page, string testId)
    {
        var value = page.GetByTestId(testId);
        await Expect(value).ToBeVisibleAsync();
        return (await value.InnerTextAsync()).Trim();
    }

    /// <summary>What Shopify sends on orders/create: the order as JSON, its HMAC-SHA256 keyed by the secret in base64.</summary>
    private static async Task DeliverOrderCreatedAsync(string webhookUrl, string secret, long customerId, string name)
    {
        var (first, last) = (name[..name.LastIndexOf(' ')], name[(name.LastIndexOf(' ') + 1)..]);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["id"] = customerId + 1,
            ["email"] = $"journey-{customerId}@e2e.example.com",
            ["created_at"] = DateTimeOffset.UtcNow.AddHours(-1).ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["currency"] = "CAD",
            ["total_price"] = "84.00",
            ["financial_status"] = "paid",
            ["cancelled_at"] = null!,
            ["customer"] = new Dictionary<string, object> { ["id"] = customerId, ["email"] = $"journey-{customerId}@e2e.example.com", ["first_name"] = first, ["last_name"] = last },
            ["line_items"] = new[] { new Dictionary<string, object> { ["id"] = 1, ["title"] = "Oolong", ["sku"] = "TEA-OOL", ["quantity"] = 2, ["price"] = "42.00" } },
        });
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Webhook-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
