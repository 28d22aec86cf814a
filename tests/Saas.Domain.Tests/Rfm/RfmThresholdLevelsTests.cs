using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Rfm;

public sealed class RfmThresholdLevelsTests
{
    public static TheoryData<int> AllLevels() => [.. Enumerable.Range(RfmLevels.Min, RfmLevels.Max - RfmLevels.Min + 1)];

    [Fact]
    public void Five_levels_cut_at_the_quintiles()
    {
        Assert.Equal([0.2, 0.4, 0.6, 0.8], RfmThresholds.QuantileFractions(5));
    }

    [Fact]
    public void Other_level_counts_cut_at_even_fractions()
    {
        Assert.Equal([1.0 / 3, 2.0 / 3], RfmThresholds.QuantileFractions(3));
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], RfmThresholds.QuantileFractions(10), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(11)]
    public void Levels_outside_3_to_10_are_refused(int levels)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmThresholds.QuantileFractions(levels));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmThresholds.DefaultFor(levels));
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmThresholds.FromSamples([1], [1], [1], levels));
    }

    [Fact]
    public void Levels_are_one_more_than_the_cut_points()
    {
        Assert.Equal(5, RfmThresholds.Default.Levels);
        Assert.Equal(3, new RfmThresholds([10, 20], [1, 2], [5, 6]).Levels);
    }

    [Fact]
    public void Dimensions_need_as_many_cut_points_each()
    {
        Assert.Throws<ArgumentException>(() => new RfmThresholds([10, 20], [1, 2, 3], [5, 6]));
    }

    [Fact]
    public void One_cut_point_is_too_few_levels()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RfmThresholds([10], [1], [5]));
    }

    [Fact]
    public void Deciles_of_ten_values_give_each_value_its_own_score()
    {
        double[] values = [.. Enumerable.Range(1, 10).Select(i => (double)i)];
        var thresholds = RfmThresholds.FromSamples(values, values, values, levels: 10);

        Assert.Equal(10, thresholds.Levels);
        Assert.Equal(1.9, thresholds.Frequency[0], 9); // percentile_cont(0.1) over 1..10
        var scores = values.Select(v => thresholds.Score(new RfmValues(v, (int)v, (decimal)v))).ToArray();
        Assert.Equal(Enumerable.Range(1, 10), scores.Select(s => s.F));
        Assert.Equal(Enumerable.Range(1, 10), scores.Select(s => s.M));
        Assert.Equal(Enumerable.Range(1, 10).Reverse(), scores.Select(s => s.R));
    }

    [Fact]
    public void Ties_at_a_cut_share_the_lower_score_at_any_level_count()
    {
        var thresholds = new RfmThresholds([10, 20], [1, 2], [5, 6]);

        Assert.Equal(new RfmScore(2, 1, 1), thresholds.Score(new RfmValues(10, 1, 5m)));
        Assert.Equal(new RfmScore(3, 2, 2), thresholds.Score(new RfmValues(9.9, 2, 5.01m)));
        Assert.Equal(new RfmScore(1, 3, 3), thresholds.Score(new RfmValues(20, 3, 6.01m)));
    }

    [Fact]
    public void Five_level_defaults_are_the_documented_ones()
    {
        var defaults = RfmThresholds.DefaultFor(5);

        Assert.Equal(RfmThresholds.Default.RecencyDays, defaults.RecencyDays);
        Assert.Equal(RfmThresholds.Default.Frequency, defaults.Frequency);
        Assert.Equal(RfmThresholds.Default.Monetary, defaults.Monetary);
    }

    [Fact]
    public void Ten_level_defaults_keep_the_five_level_cuts_at_their_quantiles()
    {
        var defaults = RfmThresholds.DefaultFor(10);

        Assert.Equal([30, 90, 180, 365], [defaults.RecencyDays[1], defaults.RecencyDays[3], defaults.RecencyDays[5], defaults.RecencyDays[7]]);
        Assert.Equal([50, 150, 400, 1000], [defaults.Monetary[1], defaults.Monetary[3], defaults.Monetary[5], defaults.Monetary[7]]);
    }

    [Fact]
    public void Defaults_in_between_are_geometric()
    {
        var defaults = RfmThresholds.DefaultFor(3); // quantiles 1/3 and 2/3: positions 5/3 and 10/3 of the five-level cuts

        Assert.Equal(30 * Math.Pow(3, 2.0 / 3), defaults.RecencyDays[0], 9);
        Assert.Equal(180 * Math.Pow(365 / 180.0, 1.0 / 3), defaults.RecencyDays[1], 9);
    }

    [Fact]
    public void Defaults_beyond_the_known_cuts_are_extrapolated()
    {
        var defaults = RfmThresholds.DefaultFor(10); // quantiles 0.1 and 0.9 lie half a step outside 0.2 and 0.8

        Assert.Equal(30 / Math.Sqrt(3), defaults.RecencyDays[0], 9);
        Assert.Equal(1000 * Math.Sqrt(2.5), defaults.Monetary[8], 9);
    }

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void Defaults_rise_strictly_at_every_level_count(int levels)
    {
        var defaults = RfmThresholds.DefaultFor(levels);

        Assert.Equal(levels, defaults.Levels);
        foreach (var cuts in new[] { defaults.RecencyDays, defaults.Frequency, defaults.Monetary })
        {
            Assert.True(cuts[0] > 0);
            Assert.All(cuts.Zip(cuts.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
        }
    }
}
