using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

public sealed class PurchaseSummariesTests
{
    [Fact]
    public void The_CDNOW_transactions_give_the_published_summaries()
    {
        var summaries = Cdnow.Summaries();
        var published = Cdnow.PublishedSummaries().ToArray();

        Assert.Equal(2_357, published.Length);
        Assert.Equal(published.Length, summaries.Count);
        foreach (var (id, x, tx, T, meanSpend) in published)
        {
            var (repeat, spend) = summaries[id];
            Assert.Equal(x, repeat.X);
            Assert.Equal(tx, Math.Round(repeat.Tx, 2));
            Assert.Equal(T, Math.Round(repeat.T, 2));
            Assert.Equal(x, spend.X);
            Assert.Equal(meanSpend, spend.MeanSpend, 0.01);
        }
    }

    [Fact]
    public void Same_day_purchases_are_one_purchase_and_later_ones_are_ignored()
    {
        var (repeat, spend) = PurchaseSummaries.Summarize(
            [
                new(new DateOnly(2024, 1, 1), 10m),
                new(new DateOnly(2024, 1, 8), 5m),
                new(new DateOnly(2024, 1, 8), 7m),
                new(new DateOnly(2024, 1, 15), 30m),
                new(new DateOnly(2024, 2, 1), 99m),
            ],
            new DateOnly(2024, 1, 29), PeriodUnit.Days);

        Assert.Equal(new RepeatSummary(2, 14, 28), repeat);
        Assert.Equal(new SpendSummary(2, 21), spend);
    }

    [Fact]
    public void A_single_purchase_day_has_no_repeat_and_no_repeat_spend()
    {
        var (repeat, spend) = PurchaseSummaries.Summarize(
            [new(new DateOnly(2024, 1, 1), 10m), new(new DateOnly(2024, 1, 1), 15m)], new DateOnly(2024, 1, 15), PeriodUnit.Weeks);

        Assert.Equal(new RepeatSummary(0, 0, 2), repeat);
        Assert.Equal(new SpendSummary(0, 0), spend);
    }

    [Fact]
    public void A_customer_needs_a_purchase_by_the_as_of_day()
    {
        Assert.Throws<ArgumentException>(() =>
            PurchaseSummaries.Summarize([new(new DateOnly(2024, 2, 1), 10m)], new DateOnly(2024, 1, 31), PeriodUnit.Days));
    }

    [Theory]
    [InlineData(PeriodUnit.Days, 1)]
    [InlineData(PeriodUnit.Weeks, 7)]
    public void Periods_are_days_or_weeks(PeriodUnit unit, double days)
    {
        Assert.Equal(days, PurchaseSummaries.PeriodDays(unit));
    }
}
