namespace Saas.Domain.Clv;

/// <summary>Turns a customer's purchases into the summaries BG/NBD and Gamma-Gamma are fitted on.</summary>
public static class PurchaseSummaries
{
    /// <summary>
    /// Same-day purchases count as one purchase with their amounts summed; purchases after <paramref name="asOf"/> are ignored.
    /// x = purchase days - 1; t_x and T run from the first purchase day to the last one and to <paramref name="asOf"/>;
    /// zbar is the mean spend of the repeat days (0 without any).
    /// </summary>
    public static (RepeatSummary Repeat, SpendSummary Spend) Summarize(IEnumerable<CustomerPurchase> purchases, DateOnly asOf, PeriodUnit unit)
    {
        var spendByDay = new Dictionary<DateOnly, decimal>();
        foreach (var purchase in purchases)
        {
            if (purchase.Day > asOf) continue;
            spendByDay[purchase.Day] = spendByDay.GetValueOrDefault(purchase.Day) + purchase.Amount;
        }
        if (spendByDay.Count == 0) throw new ArgumentException($"No purchase on or before {asOf:yyyy-MM-dd}.", nameof(purchases));

        var first = spendByDay.Keys.Min();
        var last = spendByDay.Keys.Max();
        var repeats = spendByDay.Count - 1;
        var repeatSpend = spendByDay.Values.Sum() - spendByDay[first];
        var periodDays = PeriodDays(unit);
        return (
            new RepeatSummary(repeats, (last.DayNumber - first.DayNumber) / periodDays, (asOf.DayNumber - first.DayNumber) / periodDays),
            new SpendSummary(repeats, repeats == 0 ? 0 : (double)(repeatSpend / repeats)));
    }

    public static double PeriodDays(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => 1,
        PeriodUnit.Weeks => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
