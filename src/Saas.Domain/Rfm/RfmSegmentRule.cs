namespace Saas.Domain.Rfm;

/// <summary>A rectangle of the recency (R) by frequency-monetary (FM) grid, bounds inclusive, that gives one segment.</summary>
public sealed record RfmSegmentRule(Segment Segment, int RMin, int RMax, int FmMin, int FmMax)
{
    public bool Contains(int r, int fm) => r >= RMin && r <= RMax && fm >= FmMin && fm <= FmMax;
}
