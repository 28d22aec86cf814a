using Saas.Domain.Customers;
using Saas.Domain.Orders;

namespace Saas.Server.Features.Customers;

/// <summary>What the analyses' read models learn from one order, given the customer's history before it.</summary>
public static class OrderFacts
{
    public static OrderApplied Of(Order order, PurchaseHistory before)
    {
        var month = new DateOnly(order.PlacedAt.UtcDateTime.Year, order.PlacedAt.UtcDateTime.Month, 1);
        var firstOrderAt = before.FirstOrderAt is { } first && first < order.PlacedAt ? first : order.PlacedAt;
        var costed = order.Lines.Where(l => l.UnitCost is not null).ToArray();
        return new OrderApplied(
            order.Customer.Id,
            order.Id,
            order.PlacedAt,
            order.Total,
            order.Lines.Sum(l => l.Discount),
            costed.Length == 0 ? null : costed.Sum(l => l.UnitCost!.Value * l.Quantity),
            order.Region,
            order.Channel,
            FirstOrder: before.Orders == 0,
            FirstInMonth: !before.Days.Any(d => d.Day.Year == month.Year && d.Day.Month == month.Month),
            CohortMonth: new DateOnly(firstOrderAt.UtcDateTime.Year, firstOrderAt.UtcDateTime.Month, 1),
            order.Lines.Where(l => l.Category is not null).GroupBy(l => l.Category!)
                .Select(g => new CategoryLine(g.Key, g.Sum(l => l.Quantity), g.Sum(l => l.Price * l.Quantity - l.Discount), g.Sum(l => l.Discount)))
                .ToArray());
    }
}
