using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.CustomSegments;

/// <summary>What the custom segments page does: /api/v1/segments/custom, and the live message it listens to.</summary>
public static class CustomSegmentsApi
{
    public const string Route = "/api/v1/segments/custom";
    public const string Changed = "customSegmentChanged";

    /// <summary>Creates a segment that must be accepted (201); returns the answer.</summary>
    public static async Task<JsonElement> CreateSegmentAsync(this BrowserSession owner, string name, object rule)
    {
        using var response = await owner.SendAsync(HttpMethod.Post, Route, new { name, description = (string?)null, rule });
        var body = await HttpJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {Route} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public static async Task<JsonElement> PreviewAsync(this BrowserSession session, object rule)
    {
        using var response = await session.SendAsync(HttpMethod.Post, $"{Route}/preview", new { rule });
        var body = await HttpJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {Route}/preview answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public static async Task<IReadOnlyList<string>> MemberIdsAsync(this BrowserSession session, long segmentId) =>
        [.. (await session.GetJsonAsync($"{Route}/{segmentId}/customers?limit=200")).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("customerId").GetString()!).Order(StringComparer.Ordinal)];

    public static long Id(JsonElement segment) => segment.GetProperty("id").GetInt64();

    /// <summary>An order of <paramref name="total"/> in <paramref name="category"/>, placed at <paramref name="placedAt"/>, from a customer in <paramref name="city"/>.</summary>
    public static JsonObject Order(string id, string customerId, DateTimeOffset placedAt, decimal total = 59.90m, string category = "tea", string? city = null)
    {
        var order = ShopApi.Order(id, customerId, total: total);
        order["placedAt"] = placedAt.ToString("O", CultureInfo.InvariantCulture);
        order["lines"]![0]!["category"] = category;
        if (city is not null) order["customer"]!["city"] = city;
        return order;
    }

    /// <summary>Waits until the projection holds <paramref name="count"/> customers of the tenant.</summary>
    public static Task<long> CustomersReachingAsync(this ServerFixture server, TestTenant tenant, long count) => Eventually.UntilAsync(
        () => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == count, $"{count} customers");

    /// <summary>The stored count of a segment, and its member rows counted: the writers keep them equal.</summary>
    public static async Task<(long Stored, long Rows)> CountsAsync(this ServerFixture server, long segmentId) => (
        await server.ScalarAsync<long>("SELECT members FROM custom_segments WHERE id = $1", segmentId),
        await server.ScalarAsync<long>("SELECT count(*) FROM custom_segment_members WHERE segment_id = $1", segmentId));

    /// <summary>A leaf: <paramref name="field"/> <paramref name="op"/> <paramref name="value"/>.</summary>
    public static object Compare(string field, string op, object value) => new { type = "compare", field, op, value };

    public static object All(params object[] rules) => new { type = "all", rules };

    public static object Any(params object[] rules) => new { type = "any", rules };

    public static object Not(object rule) => new { type = "not", rule };

    public static object Bought(string category, int withinDays) => new { type = "boughtCategory", category, withinDays };
}
