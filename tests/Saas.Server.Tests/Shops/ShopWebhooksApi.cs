using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Saas.Server.Tests.Shops;

/// <summary>A connection as its creation answered it: the only time its secret is shown.</summary>
public sealed record TestConnection(string Id, string Platform, string WebhookUrl, string Secret, string ApiKey)
{
    /// <summary>What the product calls the shop's customer (or order) <paramref name="shopId"/>.</summary>
    public string ScopedId(object shopId) => $"{Platform}-{Id}-{shopId}";

    public string WebhookPath => new Uri(WebhookUrl).AbsolutePath;
}

/// <summary>Shops as the platforms call us: fixtures from tests/…/Shops/Fixtures, signed the way each platform signs.</summary>
public static class ShopWebhooksApi
{
    public static async Task<TestConnection> ConnectAsync(BrowserSession owner, string platform, string name = "Leaf & Co")
    {
        using var response = await owner.SendAsync(HttpMethod.Post, "/api/v1/shops/connections",
            new { platform, name, shopDomain = platform == "shopify" ? "leaf-and-co.myshopify.com" : null });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await HttpJson.ReadAsync(response);
        return new TestConnection(created.GetProperty("id").GetString()!, platform, created.GetProperty("webhookUrl").GetString()!,
            created.GetProperty("webhookSecret").GetString()!, created.GetProperty("apiKey").GetString()!);
    }

    public static byte[] Fixture(string platform, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Shops", "Fixtures", platform, name + ".json"));

    public static string Sign(byte[] body, string secret) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <param name="signature">The header's value; null leaves the header out.</param>
    public static async Task<HttpResponseMessage> DeliverAsync(
        ServerFixture server, TestConnection connection, string topic, byte[] body, string? signature, string deliveryId)
    {
        var (signatureHeader, topicHeader, idHeader) = connection.Platform == "shopify"
            ? ("X-Shopify-Hmac-Sha256", "X-Shopify-Topic", "X-Shopify-Webhook-Id")
            : ("X-WC-Webhook-Signature", "X-WC-Webhook-Topic", "X-WC-Webhook-Delivery-ID");
        using var request = new HttpRequestMessage(HttpMethod.Post, connection.WebhookPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(topicHeader, topic);
        request.Headers.Add(idHeader, deliveryId);
        if (signature is not null) request.Headers.Add(signatureHeader, signature);
        return await server.CreateClient().SendAsync(request);
    }

    /// <summary>A delivery signed with the connection's own secret; asserts 200 and returns the receipt's outcome.</summary>
    public static async Task<string> DeliverSignedAsync(ServerFixture server, TestConnection connection, string topic, byte[] body, string deliveryId)
    {
        using var response = await DeliverAsync(server, connection, topic, body, Sign(body, connection.Secret), deliveryId);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{topic} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("outcome").GetString()!;
    }

    /// <summary>The customer as the SPA shows it: its orders and revenue, once they are what <paramref name="done"/> expects.</summary>
    public static Task<(int Orders, decimal Revenue)> CustomerAsync(BrowserSession owner, string customerId, Func<(int Orders, decimal Revenue), bool> done) =>
        Eventually.UntilAsync(async () =>
        {
            using var response = await owner.Http.GetAsync($"/api/v1/customers/{Uri.EscapeDataString(customerId)}");
            if (response.StatusCode == HttpStatusCode.NotFound) return (-1, -1m);
            var summary = (await HttpJson.ReadAsync(response)).GetProperty("summary");
            return (summary.GetProperty("orders").GetInt32(), summary.GetProperty("revenue").GetDecimal());
        }, done, $"customer {customerId}");
}
