using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

public static class CustomerEvents
{
    public const string OrderPlaced = "order.placed";
    public const string SegmentChanged = "segmentChanged";
    public const string SegmentCounts = "segmentCounts";

    public static string CustomerKey(string tenantId, string customerId) => $"{tenantId}/{customerId}";

    public static string CustomerIdOf(string grainKey) => grainKey[(grainKey.IndexOf('/') + 1)..];
}

/// <summary>The outbox payload when a customer moves between segments.</summary>
public sealed record SegmentMove(string CustomerId, string? CustomerName, Segment From, Segment To, DateTimeOffset At);
