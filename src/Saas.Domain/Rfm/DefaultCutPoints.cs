namespace Saas.Domain.Rfm;

/// <summary>
/// Spreads the five-level default cut points (at the quantiles 0.2 to 0.8) over another level count. Between two
/// known cut points it interpolates, beyond them it extrapolates from the nearest two, both on a log scale: recency,
/// frequency and revenue are skewed, so a geometric step fits them better than an even one.
/// </summary>
internal static class DefaultCutPoints
{
    public static double[] Spread(double[] fiveLevelCuts, int levels) =>
        [.. Enumerable.Range(1, levels - 1).Select(i => At(fiveLevelCuts, i, levels))];

    /// <summary>The cut at quantile i/levels; the five-level cut k sits at position k = 5 i / levels.</summary>
    private static double At(double[] cuts, int i, int levels)
    {
        if (i * RfmLevels.Default % levels == 0) return cuts[i * RfmLevels.Default / levels - 1];
        var position = (double)i * RfmLevels.Default / levels;
        var lower = Math.Clamp((int)Math.Floor(position), 1, cuts.Length - 1);
        var logLower = Math.Log(cuts[lower - 1]);
        var logUpper = Math.Log(cuts[lower]);
        return Math.Exp(logLower + (position - lower) * (logUpper - logLower));
    }
}
