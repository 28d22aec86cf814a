using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

public sealed class CustomerLifetimeValueTests
{
    private static readonly BgNbdParameters Parameters = Cdnow.PublishedBgNbd;
    private static readonly RepeatSummary Customer1516 = new(26, 30.85714, 31);
    private const double WeekDays = 7;

    [Fact]
    public void Without_discounting_it_is_the_spend_of_the_purchases_expected_in_the_months()
    {
        var expectedPurchases = BgNbd.ExpectedPurchases(Parameters, Customer1516, 12 * CustomerLifetimeValue.DaysPerMonth / WeekDays);

        Assert.Equal(25 * expectedPurchases, CustomerLifetimeValue.Discounted(Parameters, Customer1516, 25, 0, WeekDays), 9);
    }

    [Fact]
    public void Each_month_is_discounted_at_the_monthly_rate_equivalent_to_the_annual_one()
    {
        var monthlyFactor = Math.Pow(1.10, 1.0 / 12);
        var first = BgNbd.ExpectedPurchases(Parameters, Customer1516, 30.4375 / WeekDays);
        var both = BgNbd.ExpectedPurchases(Parameters, Customer1516, 2 * 30.4375 / WeekDays);

        var value = CustomerLifetimeValue.Discounted(Parameters, Customer1516, 25, 0.10, WeekDays, months: 2);

        Assert.Equal(25 * (first / monthlyFactor + (both - first) / (monthlyFactor * monthlyFactor)), value, 9);
    }

    [Fact]
    public void The_period_length_only_changes_the_unit_of_the_model()
    {
        var inDays = Parameters with { Alpha = Parameters.Alpha * WeekDays };
        var customerInDays = new RepeatSummary(Customer1516.X, Customer1516.Tx * WeekDays, Customer1516.T * WeekDays);

        Assert.Equal(
            CustomerLifetimeValue.Discounted(Parameters, Customer1516, 25, 0.10, WeekDays),
            CustomerLifetimeValue.Discounted(inDays, customerInDays, 25, 0.10, 1), 9);
    }
}
