using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Domain.Customers;

/// <summary>
/// What a customer's analyses need of its orders: running totals, purchases by calendar day (UTC; same-day
/// orders are one purchase, as in BG/NBD), discounts, and what was bought in each category.
/// </summary>
public sealed record PurchaseHistory
{
    public int Orders { get; init; }
    public decimal Revenue { get; init; }
    public DateTimeOffset? FirstOrderAt { get; init; }
    public DateTimeOffset? LastOrderAt { get; init; }

    /// <summary>One entry per day with an order, oldest first.</summary>
    public IReadOnlyList<PurchaseDay> Days { get; init; } = [];

    public decimal Discounts { get; init; }
    public int DiscountedOrders { get; init; }

    public IReadOnlyDictionary<string, CategoryPurchases> Categories { get; init; } = new Dictionary<string, CategoryPurchases>();

    public PurchaseHistory Add(Order order)
    {
        var discount = order.Lines.Sum(l => l.Discount);
        return this with
        {
            Orders = Orders + 1,
            Revenue = Revenue + order.Total,
            FirstOrderAt = FirstOrderAt is { } first && first < order.PlacedAt ? first : order.PlacedAt,
            LastOrderAt = LastOrderAt is { } last && last > order.PlacedAt ? last : order.PlacedAt,
            Days = AddToDays(order),
            Discounts = Discounts + discount,
            DiscountedOrders = DiscountedOrders + (discount > 0 ? 1 : 0),
            Categories = AddToCategories(order),
        };
    }

    /// <returns>The raw RFM values as of <paramref name="asOf"/>, or null for a customer with no order.</returns>
    public RfmValues? RfmAsOf(DateTimeOffset asOf) => LastOrderAt is { } last
        ? new RfmValues(Math.Max(0, (asOf - last).TotalDays), Orders, Revenue)
        : null;

    private List<PurchaseDay> AddToDays(Order order)
    {
        var day = DateOnly.FromDateTime(order.PlacedAt.UtcDateTime);
        var days = new List<PurchaseDay>(Days.Count + 1);
        days.AddRange(Days);
        var at = days.FindLastIndex(d => d.Day <= day);
        if (at >= 0 && days[at].Day == day)
        {
            days[at] = days[at] with { Amount = days[at].Amount + order.Total, Orders = days[at].Orders + 1 };
        }
        else
        {
            days.Insert(at + 1, new PurchaseDay(day, order.Total, 1));
        }
        return days;
    }

    private Dictionary<string, CategoryPurchases> AddToCategories(Order order)
    {
        var categories = new Dictionary<string, CategoryPurchases>(Categories);
        foreach (var line in order.Lines.Where(l => l.Category is not null).GroupBy(l => l.Category!))
        {
            var revenue = line.Sum(l => l.Price * l.Quantity - l.Discount);
            categories[line.Key] = categories.TryGetValue(line.Key, out var known)
                ? new CategoryPurchases(known.Orders + 1, known.Revenue + revenue, known.LastBoughtAt > order.PlacedAt ? known.LastBoughtAt : order.PlacedAt)
                : new CategoryPurchases(1, revenue, order.PlacedAt);
        }
        return categories;
    }
}

/// <summary>All of a customer's orders on one calendar day (UTC).</summary>
public sealed record PurchaseDay(DateOnly Day, decimal Amount, int Orders);

public sealed record CategoryPurchases(int Orders, decimal Revenue, DateTimeOffset LastBoughtAt);
