namespace Saas.Domain.Abc;

/// <summary>
/// ABC classification of a tenant's customers by revenue (docs/ANALYSIS.md, "ABC"). Customers are ranked by
/// revenue, highest first: A is the smallest set of top customers whose revenue reaches the A share of the total,
/// B the next customers up to the A + B share, C the rest. Customers tied in revenue with the last A (or B)
/// customer get that better class too, so A can hold a little more than its share. Revenue below zero counts as
/// zero. Each call sorts the revenues once: O(n log n).
/// </summary>
public static class AbcAnalysis
{
    public static AbcCutoffs Cutoffs(IReadOnlyList<decimal> revenues, AbcShares shares) =>
        Cutoffs(Descending(revenues, out var total), total, shares);

    /// <summary>
    /// The cumulative revenue curve (the Lorenz curve read from the top), at most <paramref name="points"/> points
    /// evenly spread over the customers, the last at (1, 1); one point per customer when there are fewer. The
    /// origin is not included. With no revenue at all every revenue share is 0.
    /// </summary>
    /// <param name="shares">The class shares for each point's class; the defaults when null.</param>
    public static IReadOnlyList<ParetoPoint> Pareto(IReadOnlyList<decimal> revenues, int points = 100, AbcShares? shares = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var descending = Descending(revenues, out var total);
        var cutoffs = Cutoffs(descending, total, shares ?? new AbcShares());
        var count = descending.Length;
        points = Math.Min(points, count);

        var curve = new ParetoPoint[points];
        var customers = 0;
        var cumulative = 0m;
        for (var i = 1; i <= points; i++)
        {
            var upTo = (int)((long)i * count / points);
            for (; customers < upTo; customers++) cumulative += descending[customers];
            curve[i - 1] = new ParetoPoint(
                (double)customers / count,
                total == 0 ? 0 : (double)(cumulative / total),
                cutoffs.ClassOf(descending[customers - 1]));
        }
        return curve;
    }

    private static AbcCutoffs Cutoffs(decimal[] descending, decimal total, AbcShares shares)
    {
        var errors = AbcShares.Validate(shares.A, shares.B);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(shares));
        if (total == 0) return new AbcCutoffs(0, 0);
        var a = (decimal)shares.A;
        return new AbcCutoffs(
            RevenueReaching(descending, a * total),
            RevenueReaching(descending, (a + (decimal)shares.B) * total));
    }

    private static decimal[] Descending(IReadOnlyList<decimal> revenues, out decimal total)
    {
        var sorted = new decimal[revenues.Count];
        total = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Math.Max(0, revenues[i]);
            total += sorted[i];
        }
        Array.Sort(sorted);
        Array.Reverse(sorted);
        return sorted;
    }

    /// <returns>The revenue of the customer at which the running total first reaches <paramref name="target"/>.</returns>
    private static decimal RevenueReaching(decimal[] descending, decimal target)
    {
        var cumulative = 0m;
        foreach (var revenue in descending)
        {
            cumulative += revenue;
            if (cumulative >= target) return revenue;
        }
        return descending[^1];
    }
}
