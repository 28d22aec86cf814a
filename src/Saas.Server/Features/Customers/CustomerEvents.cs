using Saas.Domain.Customers;
using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

public static class CustomerEvents
{
    public const string OrderPlaced = "order.placed";
    /// <summary>A later report of an order (the shop changed or paid it): it amends the order, or adds it if it is new.</summary>
    public const string OrderUpdated = "order.updated";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderRefunded = "order.refunded";
    /// <summary>The shop reported the customer's details without an order; they merge into the basics.</summary>
    public const string CustomerProfile = "customer.profile";
    /// <summary>A customer's orders from an imported file, in one event (a file's history would be too many events one by one).</summary>
    public const string OrdersImported = "orders.imported";
    public const string CustomerImported = "customer.imported";
    public const string SegmentChanged = "segmentChanged";
    public const string SegmentCounts = "segmentCounts";
    public const string ChurnAlertRaised = "churnAlert";
    public const string OrderAppliedFact = "order.applied";
    public const string OrderProfitChangedFact = "order.profitChanged";

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

/// <summary>
/// A checkpoint fact when a known order is amended, cancelled or refunded: what that does to the customer's
/// profit figures (negative when it takes away), and what the order counted for in the category tables before and
/// after. New orders are <see cref="OrderApplied"/> facts.
/// </summary>
public sealed record OrderProfitChanged(
    string CustomerId, int Orders, decimal Revenue, decimal Discounts, decimal CostOfGoods, int OrdersWithCost, decimal Refunds,
    OrderSales Before, OrderSales After)
{
    public static OrderProfitChanged Between(string customerId, OrderRecord before, OrderRecord after)
    {
        var (was, now) = (Counted(before), Counted(after));
        return new OrderProfitChanged(customerId, now.Orders - was.Orders, now.Revenue - was.Revenue, now.Discounts - was.Discounts,
            now.CostOfGoods - was.CostOfGoods, now.OrdersWithCost - was.OrdersWithCost, now.Refunds - was.Refunds,
            OrderSales.Of(before), OrderSales.Of(after));
    }

    /// <summary>Revenue stays what was paid, as for new orders; refunds are their own column.</summary>
    private static (int Orders, decimal Revenue, decimal Discounts, decimal CostOfGoods, int OrdersWithCost, decimal Refunds) Counted(OrderRecord order) =>
        order.Cancelled ? default : (1, order.Total, order.Discount, order.CostOfGoods ?? 0, order.CostOfGoods is null ? 0 : 1, order.Refunded);
}

public sealed record CategoryLine(string Category, int Quantity, decimal Revenue, decimal Discount);

/// <summary>
/// What one order counts for in the category tables (when, where and its categories): nothing once cancelled, and
/// each category's revenue less its share of the refunds.
/// </summary>
public sealed record OrderSales(DateTimeOffset PlacedAt, string? Region, IReadOnlyList<CategoryLine> Categories)
{
    public static OrderSales Of(OrderRecord order) => new(order.PlacedAt, order.Region, order.Cancelled
        ? []
        : [.. order.Categories.Select(c => new CategoryLine(c.Category, c.Quantity,
            order.Refunded == 0 ? c.Revenue : Math.Round(c.Revenue * order.Net / order.Total, 2), c.Discount))]);
}
