namespace Saas.Domain.Segments;

public enum FieldKind
{
    Number,
    Text,
    Enum,
}

/// <summary>A customer field that segment rules may use.</summary>
public sealed record SegmentField(string Name, FieldKind Kind, string Description)
{
    /// <summary>The values an <see cref="FieldKind.Enum"/> field takes, spelt as rules must spell them.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>A day count that grows by one a day with no new data, so a rule on it changes as time passes.</summary>
    public bool GrowsDaily { get; init; }
}
