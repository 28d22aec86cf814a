using Saas.Domain.Churn;
using Saas.Domain.Customers;

namespace Saas.Domain.Tests.Churn;

public sealed class DaysUntilRiskReachesTests
{
    private static readonly Rhythm Monthly = new(5, 30, 3);

    [Fact]
    public void On_rhythm_alone_the_risk_reaches_the_line_where_the_formula_says()
    {
        // 1 - e^-((r - 1) / 2) = 0.6  =>  r = 1 + 2 ln 2.5 intervals of 30 days
        var days = ChurnRisk.DaysUntilRiskReaches(0.6, _ => null, Monthly, 60);

        Assert.NotNull(days);
        Assert.Equal(30 * (1 + 2 * Math.Log(2.5)), days.Value, 2);
    }

    [Fact]
    public void The_answer_is_never_early_and_at_most_the_precision_late()
    {
        static double? Fading(double recency) => Math.Exp(-recency / 200);

        var days = ChurnRisk.DaysUntilRiskReaches(0.6, Fading, Monthly, 60)!.Value;

        Assert.True(ChurnRisk.Of(Fading(days), days, Monthly, 60) >= 0.6);
        var earlier = days - ChurnRisk.PrecisionDays;
        Assert.True(ChurnRisk.Of(Fading(earlier), earlier, Monthly, 60) < 0.6);
    }

    [Fact]
    public void A_falling_P_alive_brings_the_day_forward()
    {
        var onRhythm = ChurnRisk.DaysUntilRiskReaches(0.6, _ => 1, Monthly, 60)!.Value;
        var fading = ChurnRisk.DaysUntilRiskReaches(0.6, recency => Math.Exp(-recency / 200), Monthly, 60)!.Value;

        Assert.True(fading < onRhythm);
    }

    [Fact]
    public void A_customer_already_at_the_line_has_reached_it_at_recency_zero()
    {
        Assert.Equal(0, ChurnRisk.DaysUntilRiskReaches(0.6, _ => 0.3, Monthly, 60));
    }

    [Fact]
    public void Never_within_ten_years_is_null()
    {
        var everyFiveAndAHalfYears = new Rhythm(2, 2_000, null);

        Assert.Null(ChurnRisk.DaysUntilRiskReaches(0.6, _ => 1, everyFiveAndAHalfYears, 60));
        Assert.Null(ChurnRisk.DaysUntilRiskReaches(1.01, _ => 0.5, Monthly, 60));
    }
}
