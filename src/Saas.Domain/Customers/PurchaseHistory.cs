using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Domain.Customers;

/// <summary>The running order statistics a customer's RFM values come from.</summary>
public sealed record PurchaseHistory
{
    public int Orders { get; init; }
    public decimal Revenue { get; init; }
    public DateTimeOffset? FirstOrderAt { get; init; }
    public DateTimeOffset? LastOrderAt { get; init; }

    public PurchaseHistory Add(Order order) => new()
    {
        Orders = Orders + 1,
        Revenue = Revenue + order.Total,
        FirstOrderAt = Earliest(FirstOrderAt, order.PlacedAt),
        LastOrderAt = LastOrderAt is { } last && last > order.PlacedAt ? last : order.PlacedAt,
    };

    /// <returns>The raw RFM values as of <paramref name="asOf"/>, or null for a customer with no order.</returns>
    public RfmValues? RfmAsOf(DateTimeOffset asOf) => LastOrderAt is { } last
        ? new RfmValues(Math.Max(0, (asOf - last).TotalDays), Orders, Revenue)
        : null;

    private static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } c && c < candidate ? c : candidate;
}
