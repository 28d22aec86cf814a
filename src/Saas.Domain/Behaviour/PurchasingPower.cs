namespace Saas.Domain.Behaviour;

public enum PurchasingPower
{
    Low,
    Medium,
    High,
    Premium,
}

/// <summary>
/// Purchasing power from the average order value against the tenant's three cut points (its quartiles): the
/// level is the number of cut points the value is above, so a value equal to a cut point takes the lower level,
/// as RFM scores do.
/// </summary>
public static class PurchasingPowers
{
    public const int CutPointCount = 3;

    public static PurchasingPower Of(decimal averageOrderValue, decimal[] tenantAovCutPoints)
    {
        if (tenantAovCutPoints.Length != CutPointCount || !IsAscending(tenantAovCutPoints))
            throw new ArgumentException("Three cut points are needed, lowest first.", nameof(tenantAovCutPoints));
        return (PurchasingPower)tenantAovCutPoints.Count(cut => averageOrderValue > cut);
    }

    /// <summary>The quartiles of the customers' average order values (linear interpolation, as PostgreSQL's percentile_cont).</summary>
    public static decimal[] CutPoints(IReadOnlyList<decimal> averageOrderValues)
    {
        if (averageOrderValues.Count == 0) throw new ArgumentException("At least one average order value is needed.", nameof(averageOrderValues));
        var sorted = averageOrderValues.Order().ToArray();
        return [.. Enumerable.Range(1, CutPointCount).Select(i => Quantile(sorted, i / (decimal)(CutPointCount + 1)))];
    }

    private static bool IsAscending(decimal[] cutPoints) => cutPoints.Zip(cutPoints.Skip(1)).All(pair => pair.First <= pair.Second);

    private static decimal Quantile(decimal[] sorted, decimal p)
    {
        var rank = p * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
