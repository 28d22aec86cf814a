using Saas.Domain.Abc;
using Saas.Domain.Rfm;

namespace Saas.Domain.Alerts;

/// <summary>
/// When a valuable customer starts to slip away (docs/ANALYSIS.md, "Churn alerts"). Valuable: class A, in the
/// top CLV quintile, or a Champion, Loyal or Cannot Lose Them, judged on the snapshot before the change (the
/// one after for a first snapshot). Slipping: its churn risk rises to the policy's line or above from below it,
/// or it enters At Risk, Cannot Lose Them or About to Sleep from another segment. A first snapshot (no before)
/// counts as coming from no risk and no segment, so it alerts only by being at or above the line.
/// </summary>
public static class ChurnAlerts
{
    public static bool IsValuable(CustomerSnapshot s) =>
        s.Abc == AbcClass.A || s.TopClvQuintile || s.Segment is Segment.Champions or Segment.Loyal or Segment.CannotLoseThem;

    public static bool IsSlippingSegment(Segment segment) =>
        segment is Segment.AtRisk or Segment.CannotLoseThem or Segment.AboutToSleep;

    /// <returns>
    /// The alert, its reasons in this order: what crossed (the risk, the segment, or both), the days without an
    /// order against the usual interval, P(alive) before and after when both are known and it fell, the CLV.
    /// </returns>
    public static ChurnAlert? Detect(CustomerSnapshot? before, CustomerSnapshot after, ChurnAlertPolicy policy)
    {
        var errors = ChurnAlertPolicy.Validate(policy.RiskThreshold);
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(policy));
        if (!IsValuable(before ?? after)) return null;

        var line = policy.RiskThreshold;
        var riskCrossed = after.ChurnRisk >= line && (before is null || before.ChurnRisk < line);
        Segment? enteredFrom = before is not null && before.Segment != after.Segment && IsSlippingSegment(after.Segment) ? before.Segment : null;
        if (!riskCrossed && enteredFrom is null) return null;

        var reasons = new List<AlertReason>();
        if (riskCrossed) reasons.Add(AlertReason.RiskCrossed(after.ChurnRisk, line));
        if (enteredFrom is { } from) reasons.Add(AlertReason.SegmentEntered(from, after.Segment));
        reasons.Add(AlertReason.NoOrder(after.RecencyDays, after.UsualIntervalDays));
        if (before?.ProbabilityAlive is { } was && after.ProbabilityAlive is { } now && now < was)
        {
            reasons.Add(AlertReason.ProbabilityAliveFell(was, now));
        }
        reasons.Add(AlertReason.Clv(after.Clv));
        return new ChurnAlert(riskCrossed ? AlertCodes.RiskCrossed : AlertCodes.SegmentEntered, reasons);
    }
}
