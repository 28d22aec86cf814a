using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Saas.Domain.Simulation;
using Saas.Server.Features.Shops;
using Saas.Server.Features.Shops.Shopify;

namespace Saas.Server.Features.Demo;

/// <summary>
/// The demo shop's live orders as Shopify sends them: an orders/create webhook in Shopify's format, signed with the
/// demo connection's secret and posted to this server's own webhook URL, the path a real shop's orders take. The
/// Shopify customer is a new id with the simulated customer's email, so identity resolution merges the two.
/// </summary>
public sealed class DemoShopifyFeed(HttpClient http, string connectionId, string secret)
{
    private static readonly JsonSerializerOptions Shopify = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task SendAsync(SimulatedOrder simulated, Random random, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(ToShopify(simulated, random), Shopify);
        using var request = new HttpRequestMessage(HttpMethod.Post, ShopWebhooks.PathOf(ShopPlatforms.Shopify, connectionId))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Add("X-Shopify-Hmac-Sha256", Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)));
        request.Headers.Add("X-Shopify-Topic", "orders/create");
        request.Headers.Add("X-Shopify-Webhook-Id", Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }

    private static ShopifyOrder ToShopify(SimulatedOrder simulated, Random random)
    {
        var (order, customer) = (simulated.Order, simulated.Order.Customer);
        var names = (customer.Name ?? "").Split(' ', 2);
        var address = new ShopifyAddress(customer.City, order.Region);
        return new ShopifyOrder(random.NextInt64(1, long.MaxValue), order.PlacedAt, order.Total, order.Currency, customer.Email, customer.Phone,
            Customer: new ShopifyCustomer(simulated.CustomerNumber, customer.Email, customer.Phone, names[0], names.ElementAtOrDefault(1), address),
            BillingAddress: address,
            LineItems: [.. order.Lines.Select(line => new ShopifyLineItem(
                random.NextInt64(1, long.MaxValue), line.Quantity, line.Price, line.Sku, line.Category, line.Category, TotalDiscount: line.Discount))]);
    }
}
