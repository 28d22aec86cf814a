using Saas.Domain.Rfm;

namespace Saas.Domain.Tests;

public sealed class RfmSegmentMapTests
{
    /// <summary>The documented grid, recency 5 (top) to 1, FM 1 (left) to 5.</summary>
    private static readonly Segment[,] Grid =
    {
        { Segment.New, Segment.PotentialLoyalist, Segment.PotentialLoyalist, Segment.Champions, Segment.Champions },
        { Segment.Promising, Segment.PotentialLoyalist, Segment.PotentialLoyalist, Segment.Loyal, Segment.Loyal },
        { Segment.AboutToSleep, Segment.AboutToSleep, Segment.NeedAttention, Segment.Loyal, Segment.Loyal },
        { Segment.Hibernating, Segment.Hibernating, Segment.AtRisk, Segment.AtRisk, Segment.CannotLoseThem },
        { Segment.Lost, Segment.Hibernating, Segment.AtRisk, Segment.AtRisk, Segment.CannotLoseThem },
    };

    public static TheoryData<int, int, Segment> Cells()
    {
        var cells = new TheoryData<int, int, Segment>();
        for (var r = 1; r <= 5; r++)
        {
            for (var fm = 1; fm <= 5; fm++) cells.Add(r, fm, Grid[5 - r, fm - 1]);
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_of_the_grid_has_its_documented_segment(int r, int fm, Segment expected)
    {
        Assert.Equal(expected, RfmSegmentMap.SegmentOf(new RfmScore(r, fm, fm)));
    }

    [Fact]
    public void The_grid_uses_every_segment_but_prospect()
    {
        var used = Enumerable.Range(1, 5).SelectMany(r => Enumerable.Range(1, 5).Select(fm => RfmSegmentMap.SegmentOf(new RfmScore(r, fm, fm))));
        Assert.Equal(Enum.GetValues<Segment>().Where(s => s != Segment.Prospect).Order(), used.Distinct().Order());
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 2)]
    [InlineData(2, 3, 3)]
    [InlineData(3, 4, 4)]
    [InlineData(5, 4, 5)]
    [InlineData(1, 5, 3)]
    [InlineData(5, 5, 5)]
    public void FM_is_the_mean_of_F_and_M_rounded_half_up(int f, int m, int fm)
    {
        Assert.Equal(fm, new RfmScore(3, f, m).FM);
    }

    [Fact]
    public void Segments_use_the_combined_FM_score()
    {
        // R5 with F5 M4: FM 5, a champion; R4 with F1 M2: FM 2, a potential loyalist; R1 with F1 M2: FM 2, hibernating.
        Assert.Equal(Segment.Champions, RfmSegmentMap.SegmentOf(new RfmScore(5, 5, 4)));
        Assert.Equal(Segment.PotentialLoyalist, RfmSegmentMap.SegmentOf(new RfmScore(4, 1, 2)));
        Assert.Equal(Segment.Hibernating, RfmSegmentMap.SegmentOf(new RfmScore(1, 1, 2)));
    }

    [Fact]
    public void A_customer_without_orders_is_a_prospect()
    {
        Assert.Equal(Segment.Prospect, RfmSegmentMap.SegmentOf(null, RfmThresholds.Default));
    }

    [Fact]
    public void Raw_values_are_scored_with_the_given_thresholds()
    {
        // 3 days ago, 12 orders, 5 000 spent: R5 F5 M5.
        Assert.Equal(Segment.Champions, RfmSegmentMap.SegmentOf(new RfmValues(3, 12, 5_000m), RfmThresholds.Default));
        // A single small order two years ago: R1 F1 M1.
        Assert.Equal(Segment.Lost, RfmSegmentMap.SegmentOf(new RfmValues(730, 1, 20m), RfmThresholds.Default));
    }
}
