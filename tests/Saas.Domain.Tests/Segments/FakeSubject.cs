using Saas.Domain.Segments;

namespace Saas.Domain.Tests.Segments;

/// <summary>A customer as rules see it: field values and categories bought, set by each test.</summary>
internal sealed class FakeSubject : IRuleSubject
{
    private readonly Dictionary<string, RuleValue> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastBought = new(StringComparer.Ordinal);

    /// <summary>A customer whose first and last orders were at these moments, seen at <paramref name="asOf"/>.</summary>
    public static FakeSubject Ordered(DateTimeOffset first, DateTimeOffset last, DateTimeOffset asOf) => new FakeSubject()
        .With(SegmentFields.TenureDays, (asOf - first).TotalDays)
        .With(SegmentFields.RecencyDays, (asOf - last).TotalDays);

    public FakeSubject With(string field, RuleValue value)
    {
        _fields[field] = value;
        return this;
    }

    public FakeSubject Bought(string category, DateTimeOffset at)
    {
        _lastBought[category] = at;
        return this;
    }

    public RuleValue? Field(string name) => _fields.TryGetValue(name, out var value) ? value : default(RuleValue?);

    public DateTimeOffset? LastBought(string category) => _lastBought.TryGetValue(category, out var at) ? at : null;
}
