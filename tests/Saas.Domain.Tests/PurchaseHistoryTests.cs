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

        Assert.Equal((1, 10m, Day, Day), (before.Orders, before.Revenue, before.FirstOrderAt, before.LastOrderAt));
        Assert.Single(before.Days);
        Assert.Equal(2, after.Orders);
        Assert.Equal(2, after.Days.Count);
    }

    [Fact]
    public void Orders_on_the_same_UTC_day_are_one_purchase_day_kept_in_date_order()
    {
        var history = new PurchaseHistory()
            .Add(OrderAt(Day, 10m))
            .Add(OrderAt(Day.AddDays(-3), 4m))
            .Add(OrderAt(Day.AddHours(5), 2.5m))
            .Add(OrderAt(Day.AddDays(2), 1m));

        Assert.Equal(
            [new PurchaseDay(new DateOnly(2026, 3, 7), 4m, 1), new PurchaseDay(new DateOnly(2026, 3, 10), 12.5m, 2), new PurchaseDay(new DateOnly(2026, 3, 12), 1m, 1)],
            history.Days);
    }

    [Fact]
    public void Categories_count_orders_net_revenue_and_the_last_purchase_and_discounts_are_summed()
    {
        var discounted = new Order("o-d", new CustomerBasics("c-1"), Day, 50m, "EUR",
            [new OrderLine("t-1", "tea", 2, 20m, 5m), new OrderLine("t-2", "tea", 1, 15m), new OrderLine("cup", "teaware", 1, 10m)]);
        var history = new PurchaseHistory()
            .Add(discounted)
            .Add(new Order("o-e", new CustomerBasics("c-1"), Day.AddDays(-9), 8m, "EUR", [new OrderLine("t-3", "tea", 1, 8m)]));

        Assert.Equal(new CategoryPurchases(2, 58m, Day), history.Categories["tea"]);
        Assert.Equal(new CategoryPurchases(1, 10m, Day), history.Categories["teaware"]);
        Assert.Equal((5m, 1), (history.Discounts, history.DiscountedOrders));
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
