using Saas.Domain.Customers;

namespace Saas.Domain.Tests.Customers;

public sealed class RhythmTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void Intervals_are_the_days_between_consecutive_purchase_days()
    {
        var rhythm = Rhythm.Of(DaysAt(0, 10, 30, 40)); // intervals 10, 20, 10

        Assert.Equal(4, rhythm.PurchaseDays);
        Assert.Equal(40 / 3.0, rhythm.MeanIntervalDays!.Value, 9);
        Assert.Equal(Math.Sqrt(100 / 3.0), rhythm.IntervalStdDays!.Value, 9); // squared deviations sum to 200/3, over n - 1 = 2
    }

    [Fact]
    public void A_clockwork_customer_has_no_variation()
    {
        var rhythm = Rhythm.Of(DaysAt(0, 7, 14, 21));

        Assert.Equal(7, rhythm.MeanIntervalDays);
        Assert.Equal(0, rhythm.CoefficientOfVariation);
    }

    [Fact]
    public void One_interval_has_a_mean_but_no_spread()
    {
        var rhythm = Rhythm.Of(DaysAt(0, 21));

        Assert.Equal(new Rhythm(2, 21, null), rhythm);
        Assert.Null(rhythm.CoefficientOfVariation);
    }

    [Fact]
    public void Without_a_repeat_purchase_there_is_no_rhythm()
    {
        Assert.Equal(new Rhythm(1, null, null), Rhythm.Of(DaysAt(0)));
        Assert.Equal(new Rhythm(0, null, null), Rhythm.Of([]));
        Assert.Null(Rhythm.Of(DaysAt(0)).OverdueRatio(100));
    }

    [Fact]
    public void Overdue_ratio_is_recency_in_usual_intervals()
    {
        var rhythm = Rhythm.Of(DaysAt(0, 20, 40));

        Assert.Equal(0.5, rhythm.OverdueRatio(10));
        Assert.Equal(1, rhythm.OverdueRatio(20));
        Assert.Equal(4.7, rhythm.OverdueRatio(94));
    }

    [Fact]
    public void Days_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Rhythm.Of(DaysAt(10, 0)));
        Assert.Throws<ArgumentException>(() => Rhythm.Of(DaysAt(5, 5)));
    }

    private static PurchaseDay[] DaysAt(params int[] offsets) =>
        [.. offsets.Select(o => new PurchaseDay(Start.AddDays(o), 10m, 1))];
}
