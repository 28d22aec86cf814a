using Saas.Domain.Customers;

namespace Saas.Domain.Behaviour;

/// <summary>
/// The lifecycle stage from the purchase days alone (docs/ANALYSIS.md, "Lifecycle"). With recency = whole days
/// since the last purchase day and E = the customer's mean interval (the tenant's typical one below two purchase
/// days), the first rule that holds decides:
/// <list type="number">
/// <item>New: a single purchase day, at most 30 days ago (whatever E is);</item>
/// <item>Churned: recency &gt; 6 E, or &gt; 365 days;</item>
/// <item>Lapsed: recency &gt; 3 E;</item>
/// <item>AtRisk: recency &gt; 1.5 E;</item>
/// <item>Reactivated: the gap before the last purchase day would have made the customer Lapsed or Churned, judged
/// by these rules on the purchase days before it;</item>
/// <item>Active: otherwise.</item>
/// </list>
/// Purchase days are oldest first, one per day, as <see cref="PurchaseHistory.Days"/> keeps them.
/// </summary>
public static class Lifecycle
{
    public const int NewDays = 30;
    public const double AtRiskIntervals = 1.5;
    public const double LapsedIntervals = 3;
    public const double ChurnedIntervals = 6;
    public const int ChurnedDays = 365;

    public static LifecycleStage StageOf(IReadOnlyList<PurchaseDay> days, DateOnly today, double typicalIntervalDays)
    {
        var expected = ExpectedInterval(days, days.Count, typicalIntervalDays);
        return StageAt(days, Recency(days, today), expected, typicalIntervalDays);
    }

    /// <returns>The first day after <paramref name="today"/> on which the stage changes if nothing is bought; null once Churned.</returns>
    public static DateOnly? NextChange(IReadOnlyList<PurchaseDay> days, DateOnly today, double typicalIntervalDays)
    {
        var expected = ExpectedInterval(days, days.Count, typicalIntervalDays);
        var recency = Recency(days, today);
        var stage = StageAt(days, recency, expected, typicalIntervalDays);
        // The stage depends on recency only through these lines, so it can change only on the first day past one.
        int[] firstDaysPast =
        [
            NewDays + 1,
            FirstWholeDayAbove(AtRiskIntervals * expected),
            FirstWholeDayAbove(LapsedIntervals * expected),
            FirstWholeDayAbove(ChurnedIntervals * expected),
            ChurnedDays + 1,
        ];
        foreach (var candidate in firstDaysPast.Where(d => d > recency).Order())
        {
            if (StageAt(days, candidate, expected, typicalIntervalDays) != stage) return days[^1].Day.AddDays(candidate);
        }
        return null;
    }

    private static LifecycleStage StageAt(IReadOnlyList<PurchaseDay> days, int recency, double expected, double typicalIntervalDays)
    {
        if (days.Count == 1 && recency <= NewDays) return LifecycleStage.New;
        var stage = ByRecency(recency, expected);
        return stage == LifecycleStage.Active && WasLapsedBeforeLastPurchase(days, typicalIntervalDays) ? LifecycleStage.Reactivated : stage;
    }

    private static LifecycleStage ByRecency(int recency, double expected) =>
        recency > ChurnedIntervals * expected || recency > ChurnedDays ? LifecycleStage.Churned
        : recency > LapsedIntervals * expected ? LifecycleStage.Lapsed
        : recency > AtRiskIntervals * expected ? LifecycleStage.AtRisk
        : LifecycleStage.Active;

    private static bool WasLapsedBeforeLastPurchase(IReadOnlyList<PurchaseDay> days, double typicalIntervalDays)
    {
        var before = days.Count - 1;
        if (before == 0) return false;
        var gap = days[^1].Day.DayNumber - days[^2].Day.DayNumber;
        if (before == 1 && gap <= NewDays) return false;
        return ByRecency(gap, ExpectedInterval(days, before, typicalIntervalDays)) is LifecycleStage.Lapsed or LifecycleStage.Churned;
    }

    /// <summary>The mean interval of the first <paramref name="count"/> purchase days, else the tenant's typical one.</summary>
    private static double ExpectedInterval(IReadOnlyList<PurchaseDay> days, int count, double typicalIntervalDays)
    {
        if (days.Count == 0) throw new ArgumentException("A lifecycle needs at least one purchase day.", nameof(days));
        if (!(typicalIntervalDays > 0)) throw new ArgumentOutOfRangeException(nameof(typicalIntervalDays), "The typical interval must be above 0 days.");
        return count < 2
            ? typicalIntervalDays
            : (double)(days[count - 1].Day.DayNumber - days[0].Day.DayNumber) / (count - 1);
    }

    private static int Recency(IReadOnlyList<PurchaseDay> days, DateOnly today) => Math.Max(0, today.DayNumber - days[^1].Day.DayNumber);

    private static int FirstWholeDayAbove(double line) => (int)Math.Min(Math.Floor(line) + 1, int.MaxValue);
}
