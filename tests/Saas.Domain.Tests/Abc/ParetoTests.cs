using Saas.Domain.Abc;

namespace Saas.Domain.Tests.Abc;

public sealed class ParetoTests
{
    [Fact]
    public void The_curve_reads_what_share_of_revenue_the_top_customers_bring()
    {
        decimal[] revenues = [2, 50, 3, 30, 10, 5, 0, 0, 0, 0];

        var curve = AbcAnalysis.Pareto(revenues, points: 5);

        Assert.Equal([0.2, 0.4, 0.6, 0.8, 1.0], curve.Select(p => p.CustomerShare));
        Assert.Equal([0.8, 0.95, 1.0, 1.0, 1.0], curve.Select(p => Math.Round(p.RevenueShare, 9)));
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C, AbcClass.C], curve.Select(p => p.Class));
    }

    [Fact]
    public void Fewer_customers_than_points_give_one_point_per_customer()
    {
        var curve = AbcAnalysis.Pareto([10m, 30m, 60m]);

        Assert.Equal([1 / 3.0, 2 / 3.0, 1.0], curve.Select(p => p.CustomerShare));
        Assert.Equal([0.6, 0.9, 1.0], curve.Select(p => Math.Round(p.RevenueShare, 9)));
    }

    [Fact]
    public void Many_customers_are_sampled_evenly_and_the_curve_never_falls()
    {
        var revenues = Enumerable.Range(1, 1_000).Select(i => (decimal)i).ToArray();

        var curve = AbcAnalysis.Pareto(revenues);

        Assert.Equal(100, curve.Count);
        Assert.Equal(new ParetoPoint(1, 1, AbcClass.C), curve[^1]);
        Assert.All(curve.Zip(curve.Skip(1)), pair =>
        {
            Assert.True(pair.Second.RevenueShare >= pair.First.RevenueShare);
            Assert.True(pair.Second.Class >= pair.First.Class);
        });
    }

    [Fact]
    public void Other_shares_classify_the_curve()
    {
        var curve = AbcAnalysis.Pareto([50m, 50m], shares: new AbcShares(0.3, 0.3));

        Assert.All(curve, p => Assert.Equal(AbcClass.A, p.Class));
    }

    [Fact]
    public void No_customers_no_curve_and_no_revenue_a_flat_one()
    {
        Assert.Empty(AbcAnalysis.Pareto([]));
        Assert.Equal([0.0, 0.0], AbcAnalysis.Pareto([0m, 0m]).Select(p => p.RevenueShare));
    }

    [Fact]
    public void A_curve_needs_at_least_one_point()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AbcAnalysis.Pareto([1m], points: 0));
    }
}
