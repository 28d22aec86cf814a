using System.Text.Json;

namespace Saas.Server.Tests;

/// <summary>What the dashboard reads: GET /api/v1/segments/counts and /changes, and the live messages' shapes.</summary>
public static class SegmentsApi
{
    public const string SegmentChanged = "segmentChanged";
    public const string SegmentCounts = "segmentCounts";

    public static Task<JsonElement> CountsAsync(this BrowserSession session) => session.GetJsonAsync("/api/v1/segments/counts");

    public static Task<JsonElement> ChangesAsync(this BrowserSession session) => session.GetJsonAsync("/api/v1/segments/changes");

    /// <summary>Waits until the owner's counts add up to <paramref name="customers"/>.</summary>
    public static Task<JsonElement> CountsReachingAsync(this BrowserSession session, long customers) => Eventually.UntilAsync(
        session.CountsAsync, c => TotalCustomers(c) == customers, $"segment counts adding up to {customers} customers");

    /// <summary>The sum over a counts answer or a segmentCounts message.</summary>
    public static long TotalCustomers(JsonElement counts) =>
        counts.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("customers").GetInt64());

    public static long Sequence(JsonElement message) => message.GetProperty("sequence").GetInt64();

    public static IReadOnlyList<string> ChangedCustomerIds(JsonElement changes) =>
        [.. changes.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerId").GetString()!)];
}
