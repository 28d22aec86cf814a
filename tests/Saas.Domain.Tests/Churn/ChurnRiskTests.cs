using Saas.Domain.Churn;
using Saas.Domain.Customers;

namespace Saas.Domain.Tests.Churn;

public sealed class ChurnRiskTests
{
    private static readonly Rhythm Monthly = new(5, 30, 3);
    private static readonly Rhythm OnePurchase = new(1, null, null);

    [Fact]
    public void A_customer_not_yet_due_carries_only_the_model_s_doubt()
    {
        Assert.Equal(0.2, ChurnRisk.Of(0.8, 25, Monthly, 60), 9);
        Assert.Equal(0, ChurnRisk.Of(null, 25, Monthly, 60));
    }

    [Fact]
    public void Lateness_against_the_customer_s_own_rhythm_raises_the_risk()
    {
        // 90 days against a 30-day rhythm: two intervals late, overdue = 1 - e^-1
        Assert.Equal(1 - Math.Exp(-1), ChurnRisk.Of(null, 90, Monthly, 60), 9);
        Assert.Equal(1 - 0.9 * Math.Exp(-1), ChurnRisk.Of(0.9, 90, Monthly, 60), 9);
    }

    [Fact]
    public void A_one_purchase_customer_is_judged_against_the_tenant_s_typical_interval()
    {
        Assert.Equal(0, ChurnRisk.Of(null, 60, OnePurchase, 60));
        Assert.Equal(1 - Math.Exp(-1), ChurnRisk.Of(null, 180, OnePurchase, 60), 9);
    }

    [Fact]
    public void A_model_that_says_gone_is_enough_even_on_time()
    {
        Assert.Equal(1, ChurnRisk.Of(0, 1, Monthly, 30));
    }

    [Fact]
    public void Risk_never_falls_as_recency_grows_and_stays_within_0_and_1()
    {
        foreach (var alive in new double?[] { null, 0, 0.3, 0.97, 1 })
        foreach (var rhythm in new[] { Monthly, OnePurchase, new Rhythm(2, 1, null), new Rhythm(3, 400, 10) })
        {
            var risks = Enumerable.Range(0, 2_000).Select(day => ChurnRisk.Of(alive, day * 0.75, rhythm, 45)).ToArray();

            Assert.All(risks, r => Assert.InRange(r, 0, 1));
            Assert.All(risks.Zip(risks.Skip(1)), pair => Assert.True(pair.Second >= pair.First, $"{pair.First} then {pair.Second}"));
        }
    }

    [Fact]
    public void Recency_below_zero_counts_as_zero()
    {
        Assert.Equal(ChurnRisk.Of(0.9, 0, Monthly, 30), ChurnRisk.Of(0.9, -2, Monthly, 30));
    }

    [Fact]
    public void Inputs_that_are_not_numbers_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChurnRisk.Of(double.NaN, 1, Monthly, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChurnRisk.Of(0.5, double.NaN, Monthly, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChurnRisk.Of(0.5, 1, OnePurchase, 0));
    }
}
