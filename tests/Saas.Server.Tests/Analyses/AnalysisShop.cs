using System.Globalization;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.Analyses;

/// <summary>A line of a test order: the total of the order is the sum of price × quantity − discount of its lines.</summary>
public sealed record Line(string Category, int Quantity, decimal Price, decimal Discount = 0, decimal? UnitCost = null);

/// <summary>Test shops for the analyses: orders posted through the real ingestion, and waiting until they are applied.</summary>
public static class AnalysisShop
{
    public static JsonObject Order(string id, string customerId, DateTimeOffset placedAt, params Line[] lines) => new()
    {
        ["id"] = id,
        ["customer"] = new JsonObject { ["id"] = customerId, ["email"] = $"{customerId}@example.com", ["name"] = $"Customer {customerId}" },
        ["placedAt"] = placedAt.ToString("O", CultureInfo.InvariantCulture),
        ["total"] = lines.Sum(l => l.Price * l.Quantity - l.Discount),
        ["currency"] = "EUR",
        ["lines"] = new JsonArray([.. lines.Select((l, i) => LineJson(l, i))]),
    };

    public static JsonObject In(this JsonObject order, string region)
    {
        order["region"] = region;
        return order;
    }

    public static JsonObject Through(this JsonObject order, string channel)
    {
        order["channel"] = channel;
        return order;
    }

    /// <summary>A new tenant with these orders, all applied by its customer grains and the analysis projection.</summary>
    public static async Task<TestTenant> ShopAsync(this ServerFixture server, string name, params JsonObject[] orders)
    {
        var tenant = await server.CreateTenantAsync(name);
        await server.OrderAsync(tenant, orders);
        return tenant;
    }

    /// <summary>Posts the orders and waits until the analyses count every order of the tenant.</summary>
    public static async Task OrderAsync(this ServerFixture server, TestTenant tenant, params JsonObject[] orders)
    {
        var before = await AppliedOrdersAsync(server, tenant);
        await server.SubmitAsync(tenant, ShopApi.Batch(orders));
        await Eventually.UntilAsync(() => AppliedOrdersAsync(server, tenant), n => n == before + orders.Length, $"{orders.Length} more orders in the analyses");
    }

    public static DateTimeOffset DaysAgo(double days) => DateTimeOffset.UtcNow.AddDays(-days);

    private static Task<long> AppliedOrdersAsync(ServerFixture server, TestTenant tenant) =>
        server.ScalarAsync<long>("SELECT coalesce((SELECT orders FROM analysis_totals WHERE tenant_id = $1), 0)", tenant.Id);

    private static JsonObject LineJson(Line line, int index)
    {
        var json = new JsonObject
        {
            ["sku"] = $"{line.Category}-{index}",
            ["category"] = line.Category,
            ["quantity"] = line.Quantity,
            ["price"] = line.Price,
            ["discount"] = line.Discount,
        };
        if (line.UnitCost is { } cost) json["unitCost"] = cost;
        return json;
    }
}
