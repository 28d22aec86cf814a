using Saas.Domain.Customers;
using Saas.Domain.Orders;

namespace Saas.Server.Features.Customers;

/// <summary>What the analyses' read models learn from one order, given the customer's history before it.</summary>
public static class OrderFacts
{
    /// <param name="record">
    /// The order as the history now keeps it: a later change of the order (OrderProfitChanged) takes off what this
    /// record counted for.
    /// </param>
    public static OrderApplied Of(Order order, PurchaseHistory before, OrderRecord record)
    {
        var month = new DateOnly(order.PlacedAt.UtcDateTime.Year, order.PlacedAt.UtcDateTime.Month, 1);
        var firstOrderAt = before.FirstOrderAt is { } first && first < order.PlacedAt ? first : order.PlacedAt;
        return new OrderApplied(
            order.Customer.Id,
            order.Id,
            order.PlacedAt,
            order.Total,
            record.Discount,
            record.CostOfGoods,
            order.Region,
            order.Channel,
            FirstOrder: before.Orders == 0,
            FirstInMonth: !before.Days.Any(d => d.Day.Year == month.Year && d.Day.Month == month.Month),
            CohortMonth: new DateOnly(firstOrderAt.UtcDateTime.Year, firstOrderAt.UtcDateTime.Month, 1),
            OrderSales.Of(record).Categories);
    }
}
