using Saas.Domain.Customers;

namespace Saas.Domain.Churn;

/// <summary>
/// How likely a customer is ending the relationship, in [0, 1] (docs/ANALYSIS.md, "Churn risk"):
/// <code>
/// risk    = 1 − P(alive) × (1 − overdue)
/// overdue = 1 − exp(−(r − 1) / 2) when r > 1, else 0;   r = recency / expected interval
/// </code>
/// The expected interval is the customer's own mean interval, or the tenant's typical one for a customer with a
/// single purchase day. An unknown P(alive) counts as 1, so the rhythm alone decides. The risk is high when
/// either the model says the customer is gone or the customer is well past its usual next purchase, and it
/// never falls as recency grows with P(alive) held.
/// </summary>
public static class ChurnRisk
{
    /// <summary>Each two expected intervals of lateness keep only e⁻¹ (37%) of the remaining confidence.</summary>
    public const double LatenessScaleIntervals = 2;

    /// <summary>How far ahead <see cref="DaysUntilRiskReaches"/> looks: 10 years of recency.</summary>
    public const double HorizonDays = 3650;

    /// <summary>The precision, in days, of <see cref="DaysUntilRiskReaches"/>.</summary>
    public const double PrecisionDays = 0.001;

    /// <param name="probabilityAlive">From the BG/NBD model; null when the tenant has no fit yet.</param>
    /// <param name="recencyDays">Days since the last purchase; below zero (clock skew) counts as zero.</param>
    public static double Of(double? probabilityAlive, double recencyDays, Rhythm rhythm, double tenantTypicalIntervalDays)
    {
        if (probabilityAlive is double.NaN) throw new ArgumentOutOfRangeException(nameof(probabilityAlive), "P(alive) is not a number.");
        var alive = Math.Clamp(probabilityAlive ?? 1, 0, 1);
        return 1 - alive * (1 - Overdue(recencyDays, ExpectedIntervalDays(rhythm, tenantTypicalIntervalDays)));
    }

    /// <returns>
    /// The recency (days since the last purchase) at which the risk first reaches <paramref name="threshold"/>
    /// with no new purchase, within <see cref="PrecisionDays"/> and never early; 0 when it already does at
    /// recency 0; null when it does not within <see cref="HorizonDays"/>. Found by bisection, so P(alive) must
    /// not rise with recency (BG/NBD's does not).
    /// </returns>
    public static double? DaysUntilRiskReaches(
        double threshold, Func<double, double?> probabilityAliveAtRecency, Rhythm rhythm, double tenantTypicalIntervalDays)
    {
        if (double.IsNaN(threshold)) throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold is not a number.");
        double RiskAt(double recency) => Of(probabilityAliveAtRecency(recency), recency, rhythm, tenantTypicalIntervalDays);

        if (RiskAt(0) >= threshold) return 0;
        if (RiskAt(HorizonDays) < threshold) return null;
        double below = 0, reached = HorizonDays;
        while (reached - below > PrecisionDays)
        {
            var middle = (below + reached) / 2;
            if (RiskAt(middle) >= threshold) reached = middle;
            else below = middle;
        }
        return reached;
    }

    /// <summary>The customer's own mean interval, else the tenant's typical one.</summary>
    public static double ExpectedIntervalDays(Rhythm rhythm, double tenantTypicalIntervalDays)
    {
        if (!(tenantTypicalIntervalDays > 0)) throw new ArgumentOutOfRangeException(nameof(tenantTypicalIntervalDays), "The typical interval must be above 0 days.");
        return rhythm.MeanIntervalDays ?? tenantTypicalIntervalDays;
    }

    /// <returns>0 until the next purchase is due, then rising towards 1 as expected intervals pass without one.</returns>
    public static double Overdue(double recencyDays, double expectedIntervalDays)
    {
        if (double.IsNaN(recencyDays)) throw new ArgumentOutOfRangeException(nameof(recencyDays), "The recency is not a number.");
        var late = recencyDays / expectedIntervalDays - 1;
        return late > 0 ? 1 - Math.Exp(-late / LatenessScaleIntervals) : 0;
    }
}
