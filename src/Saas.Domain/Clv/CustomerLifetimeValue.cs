namespace Saas.Domain.Clv;

public static class CustomerLifetimeValue
{
    public const double DaysPerMonth = 30.4375;

    /// <summary>
    /// The discounted value of the purchases expected month by month, as lifetimes' customer_lifetime_value: the sum over
    /// months m of expectedSpend · (E[Y(m)] - E[Y(m-1)]) / (1 + monthlyRate)^m, with the monthly rate equivalent to the annual one.
    /// </summary>
    public static double Discounted(BgNbdParameters bgNbd, RepeatSummary repeat, double expectedSpend, double annualDiscountRate, double periodDays, int months = 12)
    {
        var monthlyDiscount = Math.Pow(1 + annualDiscountRate, 1.0 / 12);
        var periodsPerMonth = DaysPerMonth / periodDays;
        double value = 0, purchasesSoFar = 0;
        for (var month = 1; month <= months; month++)
        {
            var purchases = BgNbd.ExpectedPurchases(bgNbd, repeat, month * periodsPerMonth);
            value += expectedSpend * (purchases - purchasesSoFar) / Math.Pow(monthlyDiscount, month);
            purchasesSoFar = purchases;
        }
        return value;
    }
}
