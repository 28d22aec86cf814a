namespace Saas.Domain.Customers;

/// <summary>
/// How regularly a customer buys: the days between consecutive purchase days (docs/ANALYSIS.md, "Rhythm").
/// The mean needs two purchase days; the standard deviation is the sample one (n − 1) and needs three, since a
/// single interval says nothing about how intervals vary.
/// </summary>
public sealed record Rhythm(int PurchaseDays, double? MeanIntervalDays, double? IntervalStdDays)
{
    /// <summary>The standard deviation relative to the mean: 0 is clockwork, about 1 is as random as a Poisson process.</summary>
    public double? CoefficientOfVariation => IntervalStdDays / MeanIntervalDays;

    /// <param name="days">Oldest first, one per day, as <see cref="PurchaseHistory.Days"/> keeps them.</param>
    public static Rhythm Of(IReadOnlyList<PurchaseDay> days)
    {
        var count = days.Count;
        if (count < 2) return new Rhythm(count, null, null);

        var intervals = new double[count - 1];
        for (var i = 1; i < count; i++)
        {
            intervals[i - 1] = days[i].Day.DayNumber - days[i - 1].Day.DayNumber;
            if (intervals[i - 1] <= 0) throw new ArgumentException("Purchase days must be oldest first, one per day.", nameof(days));
        }
        var mean = intervals.Average();
        double? std = intervals.Length < 2
            ? null
            : Math.Sqrt(intervals.Sum(x => (x - mean) * (x - mean)) / (intervals.Length - 1));
        return new Rhythm(count, mean, std);
    }

    /// <returns>How many usual intervals the recency spans (1 = the next purchase is due now); null with fewer than two purchase days.</returns>
    public double? OverdueRatio(double recencyDays) => recencyDays / MeanIntervalDays;
}
