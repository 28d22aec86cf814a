using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Rfm;

public sealed class RfmSettingsTests
{
    public static TheoryData<int> AllLevels() => RfmThresholdLevelsTests.AllLevels();

    [Fact]
    public void The_default_settings_give_the_segment_map_on_every_cell()
    {
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                for (var m = 1; m <= 5; m++)
                {
                    var score = new RfmScore(r, f, m);
                    Assert.Equal(RfmSegmentMap.SegmentOf(score), RfmSettings.Default.SegmentOf(score));
                }
            }
        }
    }

    [Fact]
    public void The_default_settings_are_valid()
    {
        Assert.Equal(5, RfmSettings.Default.Levels);
        Assert.Empty(RfmSettings.Default.Validate());
    }

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void The_scaled_defaults_are_valid(int levels)
    {
        Assert.Empty(RfmSettings.DefaultFor(levels).Validate());
    }

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void A_scaled_cell_has_the_segment_of_the_five_level_cell_it_stands_for(int levels)
    {
        var settings = RfmSettings.DefaultFor(levels);
        for (var r = 1; r <= levels; r++)
        {
            for (var fm = 1; fm <= levels; fm++)
            {
                var fiveLevelCell = new RfmScore(ToFiveLevels(r, levels), ToFiveLevels(fm, levels), ToFiveLevels(fm, levels));
                Assert.Equal(RfmSettings.Default.SegmentOf(fiveLevelCell), settings.SegmentOf(new RfmScore(r, fm, fm)));
            }
        }
    }

    [Fact]
    public void Five_levels_scale_to_the_default_rules()
    {
        Assert.Equal(RfmSettings.Default.Rules, RfmSettings.DefaultFor(5).Rules);
    }

    [Fact]
    public void Three_levels_keep_the_corners_and_the_middle_of_the_default_grid()
    {
        Segment[,] grid =
        {
            { Segment.New, Segment.PotentialLoyalist, Segment.Champions },
            { Segment.AboutToSleep, Segment.NeedAttention, Segment.Loyal },
            { Segment.Lost, Segment.AtRisk, Segment.CannotLoseThem },
        };
        var settings = RfmSettings.DefaultFor(3);

        for (var r = 1; r <= 3; r++)
        {
            for (var fm = 1; fm <= 3; fm++) Assert.Equal(grid[3 - r, fm - 1], settings.SegmentOf(new RfmScore(r, fm, fm)));
        }
    }

    [Fact]
    public void Ten_levels_use_every_segment_but_prospect()
    {
        var settings = RfmSettings.DefaultFor(10);

        var used = Enumerable.Range(1, 10).SelectMany(r => Enumerable.Range(1, 10).Select(fm => settings.SegmentOf(new RfmScore(r, fm, fm))));

        Assert.Equal(Enum.GetValues<Segment>().Where(s => s != Segment.Prospect).Order(), used.Distinct().Order());
    }

    [Fact]
    public void The_first_rule_that_contains_the_cell_wins()
    {
        var settings = new RfmSettings(3,
            [new(Segment.Champions, 3, 3, 3, 3), new(Segment.Loyal, 1, 3, 1, 3)],
            new Dictionary<Segment, string>());

        Assert.Equal(Segment.Champions, settings.SegmentOf(new RfmScore(3, 3, 3)));
        Assert.Equal(Segment.Loyal, settings.SegmentOf(new RfmScore(3, 2, 2)));
    }

    [Fact]
    public void A_cell_outside_every_rule_is_an_error()
    {
        var settings = new RfmSettings(3, [new(Segment.Loyal, 1, 2, 1, 3)], new Dictionary<Segment, string>());

        Assert.Throws<InvalidOperationException>(() => settings.SegmentOf(new RfmScore(3, 1, 1)));
    }

    [Fact]
    public void Default_names_are_in_English()
    {
        Assert.Equal("Potential Loyalist", RfmSettings.Default.NameOf(Segment.PotentialLoyalist));
        Assert.Equal("Cannot Lose Them", RfmSettings.Default.NameOf(Segment.CannotLoseThem));
        Assert.All(Enum.GetValues<Segment>(), segment => Assert.False(string.IsNullOrWhiteSpace(RfmSettings.Default.NameOf(segment))));
    }

    [Fact]
    public void A_tenant_renames_some_segments_and_keeps_the_default_names_of_the_others()
    {
        var settings = RfmSettings.Default with { Names = new Dictionary<Segment, string> { [Segment.Champions] = "冠军客户" } };

        Assert.Equal("冠军客户", settings.NameOf(Segment.Champions));
        Assert.Equal("At Risk", settings.NameOf(Segment.AtRisk));
    }

    [Fact]
    public void Raw_values_are_scored_and_mapped_with_the_tenants_levels()
    {
        var thresholds = RfmThresholds.DefaultFor(3);
        var settings = RfmSettings.DefaultFor(3);

        Assert.Equal(Segment.Champions, RfmSegmentMap.SegmentOf(new RfmValues(3, 12, 5_000m), thresholds, settings));
        Assert.Equal(Segment.Lost, RfmSegmentMap.SegmentOf(new RfmValues(730, 1, 20m), thresholds, settings));
        Assert.Equal(Segment.Prospect, RfmSegmentMap.SegmentOf(null, thresholds, settings));
    }

    [Fact]
    public void Thresholds_and_settings_must_have_the_same_levels()
    {
        Assert.Throws<ArgumentException>(() => RfmSegmentMap.SegmentOf(new RfmValues(3, 12, 5_000m), RfmThresholds.Default, RfmSettings.DefaultFor(3)));
    }

    /// <summary>The documented scaling: 1 + round((s - 1) * 4 / (L - 1)), halves up.</summary>
    private static int ToFiveLevels(int score, int levels) => 1 + (int)Math.Floor((score - 1) * 4.0 / (levels - 1) + 0.5);
}
