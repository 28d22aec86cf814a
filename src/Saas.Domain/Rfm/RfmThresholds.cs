namespace Saas.Domain.Rfm;

/// <summary>
/// The four quintile cut points of each RFM dimension for one tenant. A value's score is one plus the number
/// of cut points it beats, so ties at a cut point share the lower score.
/// </summary>
public sealed record RfmThresholds(double[] RecencyDays, double[] Frequency, double[] Monetary)
{
    public const int Levels = 5;

    /// <summary>Used until a tenant has enough customers for its own quintiles.</summary>
    public static RfmThresholds Default { get; } = new([30, 90, 180, 365], [1, 2, 3, 5], [50, 150, 400, 1000]);

    public RfmScore Score(RfmValues values) => new(
        R: 1 + CountAbove(RecencyDays, values.RecencyDays),
        F: 1 + CountBelow(Frequency, values.Frequency),
        M: 1 + CountBelow(Monetary, (double)values.Monetary));

    /// <summary>Quintile cut points from the customers' raw values (each list in any order).</summary>
    public static RfmThresholds FromSamples(IReadOnlyList<double> recencyDays, IReadOnlyList<double> frequency, IReadOnlyList<double> monetary) =>
        new(CutPoints(recencyDays), CutPoints(frequency), CutPoints(monetary));

    private static int CountBelow(double[] cutPoints, double value)
    {
        var count = 0;
        foreach (var cut in cutPoints)
        {
            if (value > cut) count++;
        }
        return count;
    }

    /// <summary>Recency beats a cut point by being below it: fewer days since the last order.</summary>
    private static int CountAbove(double[] cutPoints, double value)
    {
        var count = 0;
        foreach (var cut in cutPoints)
        {
            if (value < cut) count++;
        }
        return count;
    }

    private static double[] CutPoints(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0) throw new ArgumentException("At least one sample is needed.", nameof(samples));
        var sorted = samples.Order().ToArray();
        return Enumerable.Range(1, Levels - 1).Select(i => Quantile(sorted, (double)i / Levels)).ToArray();
    }

    /// <summary>Linear interpolation between closest ranks, as PostgreSQL's percentile_cont.</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
