namespace Saas.Domain.Segments;

public static partial class SegmentRules
{
    /// <summary>
    /// The earliest moment after <paramref name="now"/> at which a leaf of the rule changes with no new data, or null
    /// when none will: a bought-category leaf at the last purchase plus its days; a comparison or between on a day
    /// count that grows (<see cref="SegmentField.GrowsDaily"/>) when the count crosses a bound. Other fields are
    /// taken as constant. A leaf's change need not change the whole rule: evaluate again then, and ask again.
    /// </summary>
    public static DateTimeOffset? NextChangeAt(this SegmentRule rule, IRuleSubject subject, DateTimeOffset now) => rule switch
    {
        All all => Earliest(all.Rules, subject, now),
        Any any => Earliest(any.Rules, subject, now),
        Not not => not.Rule.NextChangeAt(subject, now),
        Compare { Value.IsText: false } compare => GrowingDays(compare.Field, subject) is { } days
            ? Crossing(compare.Op, compare.Value.Number - days, now)
            : null,
        Between between => GrowingDays(between.Field, subject) is { } days
            ? Earlier(Crossing(CompareOp.Ge, between.Min - days, now), Crossing(CompareOp.Le, between.Max - days, now))
            : null,
        BoughtCategory bought => subject.LastBought(bought.Category) is { } last && last.AddDays(bought.WithinDays) is var end && end > now
            ? end
            : null,
        _ => null,
    };

    private static DateTimeOffset? Earliest(IReadOnlyList<SegmentRule> rules, IRuleSubject subject, DateTimeOffset now)
    {
        DateTimeOffset? earliest = null;
        for (var i = 0; i < rules.Count; i++) earliest = Earlier(earliest, rules[i].NextChangeAt(subject, now));
        return earliest;
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static double? GrowingDays(string field, IRuleSubject subject) =>
        SegmentFields.Find(field) is { GrowsDaily: true } && subject.Field(field) is { IsText: false, Number: var days } ? days : null;

    /// <summary>
    /// When a comparison with a day count that grows from now changes. Lt and ge change as the count reaches the
    /// bound, le and gt once it has passed it: one tick later, so that evaluating at the returned moment already sees
    /// the change (otherwise a reminder would fire, find nothing new and ask for the same moment again).
    /// </summary>
    private static DateTimeOffset? Crossing(CompareOp op, double daysToBound, DateTimeOffset now)
    {
        var ticks = daysToBound * TimeSpan.TicksPerDay;
        var change = op is CompareOp.Le or CompareOp.Gt ? Math.Floor(ticks) + 1 : Math.Ceiling(ticks);
        return change > 0 && change <= (DateTimeOffset.MaxValue - now).Ticks ? now.AddTicks((long)change) : null;
    }
}
