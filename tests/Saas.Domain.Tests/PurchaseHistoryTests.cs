using Saas.Domain.Customers;
using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Domain.Tests;

public sealed class PurchaseHistoryTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_history_has_no_RFM_values()
    {
        var empty = new PurchaseHistory();

        Assert.Null(empty.RfmAsOf(Day));
        Assert.Equal(Segment.Prospect, RfmSegmentMap.SegmentOf(empty.RfmAsOf(Day), RfmThresholds.Default));
    }

    [Fact]
    public void Adding_orders_counts_them_sums_revenue_and_tracks_first_and_last_in_any_order()
    {
        var history = new PurchaseHistory()
            .Add(OrderAt(Day.AddDays(-10), 20m))
            .Add(OrderAt(Day.AddDays(-40), 100.50m))
            .Add(OrderAt(Day.AddDays(-2), 9.99m))
            .Add(OrderAt(Day.AddDays(-5), 0m));

        Assert.Equal(4, history.Orders);
        Assert.Equal(130.49m, history.Revenue);
        Assert.Equal(Day.AddDays(-40), history.FirstOrderAt);
        Assert.Equal(Day.AddDays(-2), history.LastOrderAt);
    }

    [Fact]
    public void Adding_an_order_leaves_the_original_history_unchanged()
    {
        var before = new PurchaseHistory().Add(OrderAt(Day, 10m));

        var after = before.Add(OrderAt(Day.AddDays(1), 5m));

        Assert.Equal(new PurchaseHistory { Orders = 1, Revenue = 10m, FirstOrderAt = Day, LastOrderAt = Day }, before);
        Assert.Equal(2, after.Orders);
    }

    [Fact]
    public void RFM_values_are_days_since_the_last_order_orders_and_revenue()
    {
        var history = new PurchaseHistory().Add(OrderAt(Day.AddDays(-30), 40m)).Add(OrderAt(Day.AddHours(-36), 60m));

        Assert.Equal(new RfmValues(1.5, 2, 100m), history.RfmAsOf(Day));
    }

    [Fact]
    public void Recency_is_measured_in_absolute_time_whatever_the_offsets()
    {
        var placed = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(-4)); // 12:00 UTC
        var history = new PurchaseHistory().Add(OrderAt(placed, 1m));

        Assert.Equal(1.0, history.RfmAsOf(new DateTimeOffset(2026, 3, 11, 14, 0, 0, TimeSpan.FromHours(2)))!.Value.RecencyDays, 9);
    }

    [Fact]
    public void Recency_is_never_negative()
    {
        var history = new PurchaseHistory().Add(OrderAt(Day, 10m));

        Assert.Equal(0, history.RfmAsOf(Day.AddHours(-3))!.Value.RecencyDays);
    }

    private static Order OrderAt(DateTimeOffset placedAt, decimal total) =>
        new($"o-{Guid.NewGuid():N}", new CustomerBasics("c-1"), placedAt, total, "EUR", [new OrderLine("sku-1", null, 1, total)]);
}
