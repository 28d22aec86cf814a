namespace Saas.Domain.Rfm;

/// <summary>
/// A tenant's RFM choices: the number of score levels, the rules that map the R by FM grid to segments (the first
/// rule that contains a cell wins) and the segments' display names (a segment without one keeps its default name).
/// </summary>
public sealed record RfmSettings(int Levels, IReadOnlyList<RfmSegmentRule> Rules, IReadOnlyDictionary<Segment, string> Names)
{
    public const int MaxNameLength = 60;

    /// <summary>Five levels, the grid of docs/SEGMENTS.md and English names.</summary>
    public static RfmSettings Default { get; } = new(RfmLevels.Default, RfmDefaultGrid.Rules, RfmDefaultGrid.Names);

    /// <summary>The default grid scaled to <paramref name="levels"/>: see <see cref="RfmDefaultGrid.ScaledTo"/>.</summary>
    public static RfmSettings DefaultFor(int levels)
    {
        RfmLevels.Check(levels, nameof(levels));
        return new(levels, RfmDefaultGrid.ScaledTo(levels), RfmDefaultGrid.Names);
    }

    public Segment SegmentOf(RfmScore score)
    {
        var fm = score.FM;
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Contains(score.R, fm)) return Rules[i].Segment;
        }
        throw new InvalidOperationException($"No rule gives a segment to R {score.R}, FM {fm}; validate the settings first.");
    }

    public string NameOf(Segment segment) =>
        Names.TryGetValue(segment, out var name) ? name : RfmDefaultGrid.Names[segment];

    /// <returns>What is wrong with these settings, one message per problem; empty when they can be used.</returns>
    public IReadOnlyList<string> Validate() => RfmSettingsValidation.Check(this);
}
