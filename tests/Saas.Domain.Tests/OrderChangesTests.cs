using Saas.Domain.Customers;
using Saas.Domain.Orders;

namespace Saas.Domain.Tests;

/// <summary>Orders amended, cancelled and refunded after they were counted.</summary>
public sealed class OrderChangesTests
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March20 = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

    // o-1: 2 x 20 tea with 5 off + 1 x 15 cup = 50; o-2: 1 x 30 tea = 30.
    private static readonly Order First = new("o-1", new CustomerBasics("c-1"), March10, 50m, "EUR",
        [new OrderLine("t-1", "tea", 2, 20m, 5m), new OrderLine("cup", "teaware", 1, 15m)]);
    private static readonly Order Second = new("o-2", new CustomerBasics("c-1"), March20, 30m, "EUR", [new OrderLine("t-2", "tea", 1, 30m)]);

    [Fact]
    public void A_second_report_of_an_order_amends_it_instead_of_counting_it_twice()
    {
        var amended = First with { Total = 35m, Lines = [new OrderLine("t-1", "tea", 2, 20m, 5m)] };

        var history = new PurchaseHistory().Add(First).Add(Second).Add(amended);

        Assert.Equal(2, history.Orders);
        Assert.Equal(65m, history.Revenue); // 35 + 30
        Assert.Equal([new PurchaseDay(new DateOnly(2026, 3, 10), 35m, 1), new PurchaseDay(new DateOnly(2026, 3, 20), 30m, 1)], history.Days);
        Assert.Equal(new CategoryPurchases(2, 65m, March20), history.Categories["tea"]); // (40 - 5) + 30
        Assert.False(history.Categories.ContainsKey("teaware"));
        Assert.Equal((5m, 1), (history.Discounts, history.DiscountedOrders));
    }

    [Fact]
    public void A_report_older_than_the_one_applied_changes_nothing_and_one_without_a_time_still_amends()
    {
        var at = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);
        var newer = First with { Total = 35m, Lines = [new OrderLine("t-1", "tea", 2, 20m, 5m)], UpdatedAt = at };
        var older = First with { Total = 60m, UpdatedAt = at.AddMinutes(-5) };

        var history = new PurchaseHistory().Add(First with { UpdatedAt = at.AddMinutes(-10) }).Add(newer).Add(older);
        Assert.Equal((1, 35m), (history.Orders, history.Revenue));
        Assert.False(history.Categories.ContainsKey("teaware"));

        Assert.Equal(60m, history.Add(older with { UpdatedAt = null }).Revenue);
    }

    [Fact]
    public void A_cancelled_order_no_longer_counts_anywhere()
    {
        var history = new PurchaseHistory().Add(First).Add(Second).Cancel("o-2");

        Assert.Equal(1, history.Orders);
        Assert.Equal(50m, history.Revenue);
        Assert.Equal(March10, history.LastOrderAt);
        Assert.Equal([new PurchaseDay(new DateOnly(2026, 3, 10), 50m, 1)], history.Days);
        Assert.Equal(new CategoryPurchases(1, 35m, March10), history.Categories["tea"]); // only o-1's 40 - 5
        Assert.Equal(new CategoryPurchases(1, 15m, March10), history.Categories["teaware"]);
    }

    [Fact]
    public void Cancelling_the_only_order_leaves_a_customer_without_purchases()
    {
        var history = new PurchaseHistory().Add(First).Cancel("o-1");

        Assert.Equal((0, 0m, 0m, 0), (history.Orders, history.Revenue, history.Discounts, history.DiscountedOrders));
        Assert.Null(history.LastOrderAt);
        Assert.Null(history.RfmAsOf(March20));
        Assert.Empty(history.Days);
        Assert.Empty(history.Categories);
    }

    [Fact]
    public void A_cancelled_order_reported_again_stays_out_and_a_second_cancellation_changes_nothing()
    {
        var history = new PurchaseHistory().Add(First).Add(Second).Cancel("o-2").Cancel("o-2").Add(Second);

        Assert.Equal((1, 50m), (history.Orders, history.Revenue));
    }

    [Fact]
    public void A_refund_takes_its_amount_off_revenue_and_the_day_and_counts_as_a_return()
    {
        var history = new PurchaseHistory().Add(First).Add(Second).Refund("o-1", 12.5m);

        Assert.Equal(2, history.Orders);
        Assert.Equal(67.5m, history.Revenue); // 80 - 12.5
        Assert.Equal((1, 12.5m), (history.Returns, history.Refunds));
        Assert.Equal(new PurchaseDay(new DateOnly(2026, 3, 10), 37.5m, 1), history.Days[0]);
    }

    [Fact]
    public void Refunds_never_take_more_than_the_order_brought_and_ignore_unknown_orders()
    {
        var history = new PurchaseHistory().Add(Second).Refund("o-2", 20m).Refund("o-2", 20m).Refund("o-unknown", 5m);

        Assert.Equal((0m, 2, 30m), (history.Revenue, history.Returns, history.Refunds)); // 20, then the 10 left
    }

    [Fact]
    public void Cancelling_a_partly_refunded_order_takes_out_only_what_it_still_brought()
    {
        var history = new PurchaseHistory().Add(First).Add(Second).Refund("o-1", 10m).Cancel("o-1");

        Assert.Equal((1, 30m), (history.Orders, history.Revenue));
        Assert.Equal([new PurchaseDay(new DateOnly(2026, 3, 20), 30m, 1)], history.Days);
        Assert.Equal(March20, history.FirstOrderAt);
    }

    [Fact]
    public void An_amended_order_keeps_its_refunds()
    {
        var history = new PurchaseHistory().Add(First).Refund("o-1", 10m).Add(First with { Total = 60m });

        Assert.Equal(50m, history.Revenue); // 60 - 10
        Assert.Equal(1, history.Returns);
    }
}
