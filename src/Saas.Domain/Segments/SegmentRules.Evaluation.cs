namespace Saas.Domain.Segments;

public static partial class SegmentRules
{
    /// <summary>
    /// Whether the subject is in the segment now. A missing field value matches no comparison, between or in (so
    /// "not" of one matches); a value of the other kind (text for a number) matches none either. Allocates nothing.
    /// </summary>
    public static bool Matches(this SegmentRule rule, IRuleSubject subject, DateTimeOffset now) => rule switch
    {
        All all => AllMatch(all.Rules, subject, now),
        Any any => AnyMatches(any.Rules, subject, now),
        Not not => !not.Rule.Matches(subject, now),
        Compare compare => subject.Field(compare.Field) is { } value && Compares(value, compare.Op, compare.Value),
        Between between => subject.Field(between.Field) is { IsText: false, Number: var number } && number >= between.Min && number <= between.Max,
        InList inList => subject.Field(inList.Field) is { Text: { } text } && Contains(inList.Values, text),
        BoughtCategory bought => subject.LastBought(bought.Category) is { } last && now < last.AddDays(bought.WithinDays),
        _ => throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule)),
    };

    private static bool AllMatch(IReadOnlyList<SegmentRule> rules, IRuleSubject subject, DateTimeOffset now)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (!rules[i].Matches(subject, now)) return false;
        }
        return true;
    }

    private static bool AnyMatches(IReadOnlyList<SegmentRule> rules, IRuleSubject subject, DateTimeOffset now)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Matches(subject, now)) return true;
        }
        return false;
    }

    private static bool Compares(RuleValue actual, CompareOp op, RuleValue expected)
    {
        if (actual.IsText != expected.IsText) return false;
        var order = actual.IsText
            ? string.Compare(actual.Text, expected.Text, StringComparison.OrdinalIgnoreCase)
            : actual.Number.CompareTo(expected.Number);
        return op switch
        {
            CompareOp.Eq => order == 0,
            CompareOp.Ne => order != 0,
            CompareOp.Lt => order < 0,
            CompareOp.Le => order <= 0,
            CompareOp.Gt => order > 0,
            CompareOp.Ge => order >= 0,
            _ => false,
        };
    }

    private static bool Contains(IReadOnlyList<string> values, string text)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
