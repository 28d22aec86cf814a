using Saas.Domain.Behaviour;
using Saas.Domain.Customers;
using static Saas.Domain.Tests.Behaviour.PurchaseDays;

namespace Saas.Domain.Tests.Behaviour;

public sealed class LifecycleTests
{
    private const double Typical = 30;
    private static readonly PurchaseDay[] Monthly = At(0, 30, 60, 90);

    [Theory]
    [InlineData(90, LifecycleStage.Active)]
    [InlineData(135, LifecycleStage.Active)] // exactly 1.5 intervals late is still on the line
    [InlineData(136, LifecycleStage.AtRisk)]
    [InlineData(180, LifecycleStage.AtRisk)]
    [InlineData(181, LifecycleStage.Lapsed)]
    [InlineData(270, LifecycleStage.Lapsed)]
    [InlineData(271, LifecycleStage.Churned)]
    public void A_monthly_buyer_moves_through_the_stages_as_months_pass_without_a_purchase(int today, LifecycleStage stage)
    {
        Assert.Equal(stage, Lifecycle.StageOf(Monthly, Start.AddDays(today), Typical));
    }

    [Theory]
    [InlineData(0, LifecycleStage.New)]
    [InlineData(30, LifecycleStage.New)]
    [InlineData(31, LifecycleStage.Active)]
    [InlineData(46, LifecycleStage.AtRisk)]
    [InlineData(91, LifecycleStage.Lapsed)]
    [InlineData(181, LifecycleStage.Churned)]
    public void A_first_time_buyer_is_new_for_30_days_then_judged_by_the_shop_s_typical_interval(int today, LifecycleStage stage)
    {
        Assert.Equal(stage, Lifecycle.StageOf(At(0), Start.AddDays(today), Typical));
    }

    [Fact]
    public void New_lasts_30_days_even_where_customers_usually_buy_weekly()
    {
        Assert.Equal(LifecycleStage.New, Lifecycle.StageOf(At(0), Start.AddDays(30), 7));
        Assert.Equal(LifecycleStage.Lapsed, Lifecycle.StageOf(At(0), Start.AddDays(31), 7));
    }

    [Fact]
    public void A_year_without_a_purchase_is_churned_whatever_the_rhythm()
    {
        var everyHundredDays = At(0, 100, 200);

        Assert.Equal(LifecycleStage.Lapsed, Lifecycle.StageOf(everyHundredDays, Start.AddDays(200 + 365), Typical));
        Assert.Equal(LifecycleStage.Churned, Lifecycle.StageOf(everyHundredDays, Start.AddDays(200 + 366), Typical));
    }

    [Fact]
    public void Buying_again_after_lapsing_is_reactivated_until_the_new_rhythm_says_at_risk()
    {
        var comeback = At(0, 30, 60, 90, 250); // 160 days after a 30-day rhythm: lapsed; the mean is now 62.5

        Assert.Equal(LifecycleStage.Reactivated, Lifecycle.StageOf(comeback, Start.AddDays(250), Typical));
        Assert.Equal(LifecycleStage.Reactivated, Lifecycle.StageOf(comeback, Start.AddDays(250 + 93), Typical));
        Assert.Equal(LifecycleStage.AtRisk, Lifecycle.StageOf(comeback, Start.AddDays(250 + 94), Typical));
    }

    [Fact]
    public void Buying_again_when_only_at_risk_is_active_not_reactivated()
    {
        Assert.Equal(LifecycleStage.Active, Lifecycle.StageOf(At(0, 30, 60, 90, 150), Start.AddDays(150), Typical));
    }

    [Fact]
    public void A_second_purchase_long_after_the_first_is_a_reactivation()
    {
        Assert.Equal(LifecycleStage.Reactivated, Lifecycle.StageOf(At(0, 200), Start.AddDays(210), Typical));
        Assert.Equal(LifecycleStage.Active, Lifecycle.StageOf(At(0, 25), Start.AddDays(30), 5)); // was still New at 25 days
    }

    [Fact]
    public void A_purchase_day_after_today_counts_as_today()
    {
        Assert.Equal(LifecycleStage.Active, Lifecycle.StageOf(Monthly, Start.AddDays(80), Typical));
    }

    [Fact]
    public void A_lifecycle_needs_a_purchase_and_a_typical_interval()
    {
        Assert.Throws<ArgumentException>(() => Lifecycle.StageOf([], Start, Typical));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lifecycle.StageOf(Monthly, Start, 0));
    }
}
