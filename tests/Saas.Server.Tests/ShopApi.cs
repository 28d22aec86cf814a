using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Tests;

public sealed record Ingestion(int Accepted, IReadOnlyList<string> Duplicates);

/// <summary>What a shop's connector does: POST /api/v1/orders with its X-Api-Key.</summary>
public static class ShopApi
{
    /// <summary>The single order from the issue, byte for byte.</summary>
    public const string IssueOrder = """
        {"id":"o-1001","customer":{"id":"c-42","email":"ann@example.com","name":"Ann Lee"},"placedAt":"2026-11-20T10:15:00Z","total":59.90,"currency":"EUR","lines":[{"sku":"TEA-01","category":"tea","quantity":2,"price":29.95}]}
        """;

    /// <summary>A valid order placed a day ago; every customer with one such order leaves Prospect.</summary>
    public static JsonObject Order(string id, string customerId, string? name = null, decimal total = 59.90m) => new()
    {
        ["id"] = id,
        ["customer"] = new JsonObject { ["id"] = customerId, ["email"] = $"{customerId}@example.com", ["name"] = name ?? $"Customer {customerId}" },
        ["placedAt"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O", CultureInfo.InvariantCulture),
        ["total"] = total,
        ["currency"] = "EUR",
        ["lines"] = new JsonArray(new JsonObject { ["sku"] = "TEA-01", ["category"] = "tea", ["quantity"] = 1, ["price"] = total }),
    };

    public static string Batch(params JsonObject[] orders) => new JsonArray([.. orders]).ToJsonString();

    public static async Task<HttpResponseMessage> PostOrdersAsync(this ServerFixture server, string? apiKey, string body)
    {
        using var http = server.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null) request.Headers.Add(ApiKeyAuthentication.Header, apiKey);
        return await http.SendAsync(request);
    }

    /// <summary>Posts orders that must be accepted (202) and returns the answer.</summary>
    public static async Task<Ingestion> SubmitAsync(this ServerFixture server, TestTenant tenant, string body)
    {
        using var response = await server.PostOrdersAsync(tenant.ApiKey, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/v1/orders answered {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        return new Ingestion(json.GetProperty("accepted").GetInt32(), HttpJson.Strings(json.GetProperty("duplicates")));
    }
}
