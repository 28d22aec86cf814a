namespace Saas.Domain.Rfm;

/// <summary>Raw recency (days since the last order), frequency (orders) and monetary value (revenue).</summary>
public readonly record struct RfmValues(double RecencyDays, int Frequency, decimal Monetary);

/// <summary>Scores 1 (worst) to the tenant's level count (best, 5 by default) for each dimension.</summary>
public readonly record struct RfmScore(int R, int F, int M)
{
    /// <summary>The combined frequency-monetary score used by the segment grid, rounded half up.</summary>
    public int FM => (F + M + 1) / 2;

    public override string ToString() => $"{R}{F}{M}";
}
