namespace Saas.Domain.Rfm;

/// <summary>
/// The cut points of each RFM dimension for one tenant, Levels - 1 per dimension. A value's score is one plus the
/// number of cut points it beats, so ties at a cut point share the lower score.
/// </summary>
public sealed record RfmThresholds
{
    public RfmThresholds(double[] recencyDays, double[] frequency, double[] monetary)
    {
        if (frequency.Length != recencyDays.Length || monetary.Length != recencyDays.Length)
        {
            throw new ArgumentException("Every RFM dimension needs the same number of cut points.");
        }
        RfmLevels.Check(recencyDays.Length + 1, nameof(recencyDays));
        RecencyDays = recencyDays;
        Frequency = frequency;
        Monetary = monetary;
    }

    public double[] RecencyDays { get; }
    public double[] Frequency { get; }
    public double[] Monetary { get; }

    /// <summary>The number of scores: one more than the cut points of each dimension.</summary>
    public int Levels => RecencyDays.Length + 1;

    /// <summary>Used until a tenant has enough customers for its own quintiles.</summary>
    public static RfmThresholds Default { get; } = new([30, 90, 180, 365], [1, 2, 3, 5], [50, 150, 400, 1000]);

    /// <summary>The default cut points for any level count; five levels give the values of <see cref="Default"/>.</summary>
    public static RfmThresholds DefaultFor(int levels)
    {
        RfmLevels.Check(levels, nameof(levels));
        return new(DefaultCutPoints.Spread(Default.RecencyDays, levels), DefaultCutPoints.Spread(Default.Frequency, levels),
            DefaultCutPoints.Spread(Default.Monetary, levels));
    }

    /// <summary>The quantiles that make the cut points: 1/L, 2/L, ... (L-1)/L, e.g. 0.2, 0.4, 0.6, 0.8 for five levels.</summary>
    public static double[] QuantileFractions(int levels)
    {
        RfmLevels.Check(levels, nameof(levels));
        return [.. Enumerable.Range(1, levels - 1).Select(i => (double)i / levels)];
    }

    public RfmScore Score(RfmValues values) => new(
        R: 1 + CountAbove(RecencyDays, values.RecencyDays),
        F: 1 + CountBelow(Frequency, values.Frequency),
        M: 1 + CountBelow(Monetary, (double)values.Monetary));

    /// <summary>Cut points at <see cref="QuantileFractions"/> of the customers' raw values (each list in any order).</summary>
    public static RfmThresholds FromSamples(
        IReadOnlyList<double> recencyDays, IReadOnlyList<double> frequency, IReadOnlyList<double> monetary, int levels = RfmLevels.Default)
    {
        var fractions = QuantileFractions(levels);
        return new(CutPoints(recencyDays, fractions), CutPoints(frequency, fractions), CutPoints(monetary, fractions));
    }

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

    private static double[] CutPoints(IReadOnlyList<double> samples, double[] fractions)
    {
        if (samples.Count == 0) throw new ArgumentException("At least one sample is needed.", nameof(samples));
        var sorted = samples.Order().ToArray();
        return [.. fractions.Select(p => Quantile(sorted, p))];
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
