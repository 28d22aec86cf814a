namespace Saas.Domain.Rfm;

/// <summary>
/// Maps scores to segments on the recency (R) by frequency-monetary (FM) grid; docs/SEGMENTS.md draws it.
/// Every one of the 25 cells has exactly one segment.
/// </summary>
public static class RfmSegmentMap
{
    public static Segment SegmentOf(RfmScore score) => (score.R, score.FM) switch
    {
        (5, >= 4) => Segment.Champions,
        (>= 3, >= 4) => Segment.Loyal,
        (>= 4, >= 2) => Segment.PotentialLoyalist,
        (5, _) => Segment.New,
        (4, _) => Segment.Promising,
        (3, 3) => Segment.NeedAttention,
        (3, _) => Segment.AboutToSleep,
        (_, 5) => Segment.CannotLoseThem,
        (_, >= 3) => Segment.AtRisk,
        (1, 1) => Segment.Lost,
        _ => Segment.Hibernating,
    };

    public static Segment SegmentOf(RfmValues? values, RfmThresholds thresholds) =>
        values is { } v ? SegmentOf(thresholds.Score(v)) : Segment.Prospect;
}
