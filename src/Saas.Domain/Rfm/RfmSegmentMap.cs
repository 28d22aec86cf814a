namespace Saas.Domain.Rfm;

/// <summary>
/// Maps scores to segments: with the default grid (<see cref="RfmSettings.Default"/>, drawn in docs/SEGMENTS.md)
/// or with a tenant's own <see cref="RfmSettings"/>.
/// </summary>
public static class RfmSegmentMap
{
    public static Segment SegmentOf(RfmScore score) => RfmSettings.Default.SegmentOf(score);

    public static Segment SegmentOf(RfmValues? values, RfmThresholds thresholds) =>
        SegmentOf(values, thresholds, RfmSettings.Default);

    /// <summary>A customer with no order is a <see cref="Segment.Prospect"/>; the others are scored and looked up.</summary>
    public static Segment SegmentOf(RfmValues? values, RfmThresholds thresholds, RfmSettings settings)
    {
        if (thresholds.Levels != settings.Levels)
        {
            throw new ArgumentException($"The thresholds have {thresholds.Levels} levels but the settings {settings.Levels}.", nameof(thresholds));
        }
        return values is { } v ? settings.SegmentOf(thresholds.Score(v)) : Segment.Prospect;
    }
}
