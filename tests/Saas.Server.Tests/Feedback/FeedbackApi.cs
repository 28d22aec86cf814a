using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Tests.Feedback;

/// <summary>What a shop's or service desk's connector does: POST /api/v1/feedback with its X-Api-Key.</summary>
public static class FeedbackApi
{
    /// <summary>A time a few days back, so a week's window ending now holds it and the items that follow it.</summary>
    public static readonly DateTimeOffset Start = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-3);

    public static JsonObject Rating(string id, string customerId, int? score, int? nps = null, string? product = null, DateTimeOffset? at = null) =>
        Item("rating", id, customerId, at, ("score", score), ("nps", nps), ("product", product));

    public static JsonObject Complaint(
        string id, string customerId, string category, DateTimeOffset? openedAt = null, DateTimeOffset? resolvedAt = null,
        string? product = null, string? region = null, string? rep = null) =>
        Item("complaint", id, customerId, openedAt, ("category", category), ("product", product), ("region", region), ("rep", rep),
            ("resolvedAt", resolvedAt?.ToString("O", CultureInfo.InvariantCulture)));

    public static JsonObject Inquiry(string id, string customerId, string? topic = null, DateTimeOffset? at = null) =>
        Item("inquiry", id, customerId, at, ("topic", topic));

    public static JsonObject Contact(string id, string customerId, string channel, DateTimeOffset? at = null, string? by = null) =>
        Item("contact", id, customerId, at, ("channel", channel), ("by", by));

    public static async Task<HttpResponseMessage> PostFeedbackAsync(this ServerFixture server, string? apiKey, string body)
    {
        using var http = server.CreateDefaultClient();
        if (apiKey is not null) http.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, apiKey);
        return await http.PostAsync("/api/v1/feedback", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>Posts feedback that must be accepted (202) and returns the answer.</summary>
    public static async Task<Ingestion> SubmitFeedbackAsync(this ServerFixture server, TestTenant tenant, params JsonObject[] items)
    {
        using var response = await server.PostFeedbackAsync(tenant.ApiKey, new JsonArray([.. items.Select(i => i.DeepClone())]).ToJsonString());
        var answer = await HttpJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST /api/v1/feedback answered {(int)response.StatusCode}: {answer}");
        return answer.Deserialize<Ingestion>(JsonSerializerOptions.Web)!;
    }

    private static JsonObject Item(string type, string id, string customerId, DateTimeOffset? at, params (string Name, JsonNode? Value)[] fields)
    {
        var item = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["customerId"] = customerId,
            ["occurredAt"] = (at ?? Start).ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in fields.Where(f => f.Value is not null)) item[name] = value;
        return item;
    }
}
