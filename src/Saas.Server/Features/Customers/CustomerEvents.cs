using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

public static class CustomerEvents
{
    public const string OrderPlaced = "order.placed";
    /// <summary>A customer's orders from an imported file, in one event (a file's history would be too many events one by one).</summary>
    public const string OrdersImported = "orders.imported";
    public const string CustomerImported = "customer.imported";
    public const string SegmentChanged = "segmentChanged";
    public const string SegmentCounts = "segmentCounts";
    public const string ChurnAlertRaised = "churnAlert";
    public const string OrderAppliedFact = "order.applied";

    public static string CustomerKey(string tenantId, string customerId) => $"{tenantId}/{customerId}";

    public static string CustomerIdOf(string grainKey) => grainKey[(grainKey.IndexOf('/') + 1)..];
}

/// <summary>Why a customer changed segment: a new event, time passing, or the tenant's model moving.</summary>
public static class SegmentMoveCause
{
    public const string Event = "event";
    public const string Time = "time";
    public const string Rescore = "rescore";
}

/// <summary>The outbox payload when a customer moves between segments.</summary>
public sealed record SegmentMove(string CustomerId, string? CustomerName, Segment From, Segment To, DateTimeOffset At);

/// <summary>A customer's details from an imported customers file; known details are kept where the file has none.</summary>
public sealed record ImportedCustomer(CustomerBasics Basics, string? Region);

/// <summary>A checkpoint fact per applied order, for the analyses' read models.</summary>
public sealed record OrderApplied(
    string CustomerId,
    string OrderId,
    DateTimeOffset PlacedAt,
    decimal Total,
    decimal Discount,
    decimal? CostOfGoods,
    string? Region,
    string? Channel,
    bool FirstOrder,
    bool FirstInMonth,
    DateOnly CohortMonth,
    IReadOnlyList<CategoryLine> Categories);

public sealed record CategoryLine(string Category, int Quantity, decimal Revenue, decimal Discount);
