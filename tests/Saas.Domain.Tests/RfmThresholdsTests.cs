using Saas.Domain.Rfm;

namespace Saas.Domain.Tests;

public sealed class RfmThresholdsTests
{
    private static readonly RfmThresholds Defaults = RfmThresholds.Default; // recency 30/90/180/365, F 1/2/3/5, M 50/150/400/1000

    [Theory]
    [InlineData(0, 5)]
    [InlineData(0.5, 5)]
    [InlineData(29.99, 5)]
    [InlineData(45, 4)]
    [InlineData(120, 3)]
    [InlineData(200, 2)]
    [InlineData(365.01, 1)]
    [InlineData(5_000, 1)]
    public void The_more_recent_the_last_order_the_higher_R(double days, int r)
    {
        Assert.Equal(r, Defaults.Score(new RfmValues(days, 1, 1m)).R);
    }

    [Theory]
    [InlineData(30, 4)]
    [InlineData(90, 3)]
    [InlineData(180, 2)]
    [InlineData(365, 1)]
    public void A_recency_equal_to_a_cut_point_does_not_beat_it(double days, int r)
    {
        Assert.Equal(r, Defaults.Score(new RfmValues(days, 1, 1m)).R);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    public void Frequency_scores_one_plus_the_cut_points_it_exceeds(int orders, int f)
    {
        Assert.Equal(f, Defaults.Score(new RfmValues(1, orders, 1m)).F);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("50", 1)]
    [InlineData("50.01", 2)]
    [InlineData("150", 2)]
    [InlineData("400", 3)]
    [InlineData("999.99", 4)]
    [InlineData("1000", 4)]
    [InlineData("1000.01", 5)]
    public void Monetary_ties_at_a_cut_point_take_the_lower_score(string revenue, int m)
    {
        Assert.Equal(m, Defaults.Score(new RfmValues(1, 1, decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture))).M);
    }

    [Fact]
    public void Quintiles_match_PostgreSQL_percentile_cont()
    {
        // Expected values from PostgreSQL 15:
        // SELECT percentile_cont(ARRAY[0.2,0.4,0.6,0.8]) WITHIN GROUP (ORDER BY v) FROM unnest(ARRAY[...]::float8[]) v
        var thresholds = RfmThresholds.FromSamples(
            [200, 0.5, 7, 2, 3, 7, 10, 14, 30, 45, 60, 90, 120],
            [1, 1, 3, 1, 1, 2, 2, 4, 6, 10],
            [10, 25.5, 40, 80, 80, 150, 300, 999.99]);

        AssertCuts([4.6, 9.4, 33.0, 78.0], thresholds.RecencyDays);
        AssertCuts([1, 1.6, 2.4, 4.4], thresholds.Frequency);
        AssertCuts([31.3, 72.0, 94.0, 240.0], thresholds.Monetary);
    }

    [Fact]
    public void One_sample_makes_every_cut_point_that_sample()
    {
        var thresholds = RfmThresholds.FromSamples([42], [3], [99.5]);

        AssertCuts([42, 42, 42, 42], thresholds.RecencyDays);
        AssertCuts([3, 3, 3, 3], thresholds.Frequency);
        AssertCuts([99.5, 99.5, 99.5, 99.5], thresholds.Monetary);
    }

    [Fact]
    public void Quintiles_of_an_even_sample_give_a_fifth_of_it_each_score()
    {
        double[] values = [.. Enumerable.Range(1, 10).Select(i => (double)i).Reverse()];
        var thresholds = RfmThresholds.FromSamples(values, values, values);

        var scores = Enumerable.Range(1, 10).Select(i => thresholds.Score(new RfmValues(i, i, i))).ToArray();

        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], scores.Select(s => s.R));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.F));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores.Select(s => s.M));
    }

    [Fact]
    public void Quintiles_need_a_sample()
    {
        Assert.Throws<ArgumentException>(() => RfmThresholds.FromSamples([], [1], [1]));
    }

    private static void AssertCuts(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 9);
    }
}
