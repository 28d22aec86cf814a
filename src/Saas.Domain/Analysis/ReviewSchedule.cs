using Saas.Domain.Behaviour;
using Saas.Domain.Churn;
using Saas.Domain.Clv;
using Saas.Domain.Customers;

namespace Saas.Domain.Analysis;

/// <summary>
/// When a customer must be looked at again with no new event: the first moment its recency crosses a score
/// boundary, its P(alive) falls below the line, its churn risk reaches the alert line or its lifecycle stage
/// changes. Time alone moves these, so the grain sleeps until then (a durable reminder), never polls.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>Predicted values drift slowly even when nothing crosses a line; they are refreshed at least this often.</summary>
    public static readonly TimeSpan LongestSleep = TimeSpan.FromDays(30);

    private static readonly TimeSpan ShortestSleep = TimeSpan.FromSeconds(5);

    public static DateTimeOffset? Next(
        PurchaseHistory history, CustomerAnalysis analysis, ValuePrediction? prediction, TenantModel model, DateTimeOffset now)
    {
        if (history.LastOrderAt is not { } lastOrder || analysis.Values is not { } values || analysis.Rhythm is not { } rhythm) return null;
        var candidates = new List<DateTimeOffset> { now + LongestSleep };
        if (NextRecencyBoundary(model.Thresholds.RecencyDays, lastOrder, now) is { } boundary) candidates.Add(boundary);
        if (prediction is not null && model.BgNbd is { } bgNbd
            && BgNbd.PeriodsUntilProbabilityAliveBelow(bgNbd, prediction.Repeat, model.Settings.ProbabilityAliveLine) is > 0 and var periods)
        {
            candidates.Add(now + TimeSpan.FromDays(periods * prediction.PeriodDays));
        }
        if (RecencyWhenRiskReachesLine(prediction, rhythm, model, values.RecencyDays) is { } riskyRecency)
        {
            candidates.Add(lastOrder + TimeSpan.FromDays(riskyRecency));
        }
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (Lifecycle.NextChange(history.Days, today, model.TypicalIntervalDays) is { } stageChange)
        {
            candidates.Add(new DateTimeOffset(stageChange.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        }
        var next = candidates.Min();
        return next < now + ShortestSleep ? now + ShortestSleep : next;
    }

    /// <summary>When recency next reaches a cut point and loses a score point; null past the last one.</summary>
    public static DateTimeOffset? NextRecencyBoundary(double[] cutPoints, DateTimeOffset lastOrderAt, DateTimeOffset now)
    {
        foreach (var cut in cutPoints.Order())
        {
            var at = lastOrderAt + TimeSpan.FromDays(cut);
            if (at > now) return at;
        }
        return null;
    }

    private static double? RecencyWhenRiskReachesLine(ValuePrediction? prediction, Rhythm rhythm, TenantModel model, double recencyDays)
    {
        Func<double, double?> aliveAtRecency = model.BgNbd is { } bgNbd && prediction is { Repeat: var repeat, PeriodDays: var periodDays }
            ? recency => BgNbd.ProbabilityAlive(bgNbd, repeat with { T = repeat.Tx + recency / periodDays })
            : _ => null;
        var at = ChurnRisk.DaysUntilRiskReaches(model.Settings.ChurnRiskThreshold, aliveAtRecency, rhythm, model.TypicalIntervalDays);
        return at > recencyDays ? at : null;
    }
}
