namespace Saas.Domain.Rfm;

/// <summary>The default five-level segment grid (drawn in docs/SEGMENTS.md) and the segments' English names.</summary>
internal static class RfmDefaultGrid
{
    public static IReadOnlyList<RfmSegmentRule> Rules { get; } =
    [
        new(Segment.Champions, RMin: 5, RMax: 5, FmMin: 4, FmMax: 5),
        new(Segment.Loyal, RMin: 3, RMax: 4, FmMin: 4, FmMax: 5),
        new(Segment.PotentialLoyalist, RMin: 4, RMax: 5, FmMin: 2, FmMax: 3),
        new(Segment.New, RMin: 5, RMax: 5, FmMin: 1, FmMax: 1),
        new(Segment.Promising, RMin: 4, RMax: 4, FmMin: 1, FmMax: 1),
        new(Segment.NeedAttention, RMin: 3, RMax: 3, FmMin: 3, FmMax: 3),
        new(Segment.AboutToSleep, RMin: 3, RMax: 3, FmMin: 1, FmMax: 2),
        new(Segment.CannotLoseThem, RMin: 1, RMax: 2, FmMin: 5, FmMax: 5),
        new(Segment.AtRisk, RMin: 1, RMax: 2, FmMin: 3, FmMax: 4),
        new(Segment.Lost, RMin: 1, RMax: 1, FmMin: 1, FmMax: 1),
        new(Segment.Hibernating, RMin: 1, RMax: 2, FmMin: 1, FmMax: 2),
    ];

    public static IReadOnlyDictionary<Segment, string> Names { get; } = new Dictionary<Segment, string>
    {
        [Segment.Champions] = "Champions",
        [Segment.Loyal] = "Loyal",
        [Segment.PotentialLoyalist] = "Potential Loyalist",
        [Segment.New] = "New",
        [Segment.Promising] = "Promising",
        [Segment.NeedAttention] = "Need Attention",
        [Segment.AboutToSleep] = "About to Sleep",
        [Segment.AtRisk] = "At Risk",
        [Segment.CannotLoseThem] = "Cannot Lose Them",
        [Segment.Hibernating] = "Hibernating",
        [Segment.Lost] = "Lost",
        [Segment.Prospect] = "Prospect",
    };

    /// <summary>
    /// The five-level rules over <paramref name="levels"/> levels: score s stands for the five-level score
    /// 1 + round((s - 1) * 4 / (levels - 1)), so each rule covers the scores that stand for its own. A rule no
    /// score stands for (Promising, with three levels) is left out; every cell still falls in the segment its
    /// five-level counterpart has, so the grid stays covered.
    /// </summary>
    public static IReadOnlyList<RfmSegmentRule> ScaledTo(int levels)
    {
        var fiveLevelScore = Enumerable.Range(1, levels).Select(s => ToFiveLevels(s, levels)).ToArray();
        var scaled = new List<RfmSegmentRule>();
        foreach (var rule in Rules)
        {
            if (Preimage(fiveLevelScore, rule.RMin, rule.RMax) is not (var rMin, var rMax)) continue;
            if (Preimage(fiveLevelScore, rule.FmMin, rule.FmMax) is not (var fmMin, var fmMax)) continue;
            scaled.Add(new RfmSegmentRule(rule.Segment, rMin, rMax, fmMin, fmMax));
        }
        return scaled;
    }

    private static int ToFiveLevels(int score, int levels) =>
        1 + (int)Math.Round((score - 1) * (RfmLevels.Default - 1.0) / (levels - 1), MidpointRounding.AwayFromZero);

    /// <summary>The scores that stand for min..max; the mapping never decreases, so they are a range (or none).</summary>
    private static (int Min, int Max)? Preimage(int[] fiveLevelScore, int min, int max)
    {
        var first = Array.FindIndex(fiveLevelScore, s => s >= min && s <= max);
        if (first < 0) return null;
        var last = Array.FindLastIndex(fiveLevelScore, s => s >= min && s <= max);
        return (first + 1, last + 1);
    }
}
