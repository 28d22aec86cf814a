using Saas.Domain.Behaviour;
using static Saas.Domain.Tests.Behaviour.PurchaseDays;

namespace Saas.Domain.Tests.Behaviour;

public sealed class LifecycleNextChangeTests
{
    [Fact]
    public void An_active_monthly_buyer_becomes_at_risk_the_day_after_one_and_a_half_months()
    {
        Assert.Equal(Start.AddDays(90 + 46), Lifecycle.NextChange(At(0, 30, 60, 90), Start.AddDays(100), 30));
    }

    [Fact]
    public void A_new_customer_changes_on_day_31()
    {
        Assert.Equal(Start.AddDays(31), Lifecycle.NextChange(At(0), Start.AddDays(3), 30));
    }

    [Fact]
    public void A_churned_customer_has_no_next_change()
    {
        Assert.Null(Lifecycle.NextChange(At(0, 30), Start.AddDays(400), 30));
    }

    [Fact]
    public void The_next_change_is_the_first_day_a_day_by_day_walk_finds_a_different_stage()
    {
        int[][] histories = [[0], [0, 1], [0, 7, 14], [0, 30, 60, 90, 250], [0, 100, 200], [0, 200], [0, 25], [0, 3, 40, 41, 90]];
        double[] typicals = [1, 7, 29.5, 30, 90, 400];
        foreach (var offsets in histories)
        foreach (var typical in typicals)
        foreach (var daysAfter in new[] { 0, 5, 40, 150 })
        {
            var days = At(offsets);
            var today = days[^1].Day.AddDays(daysAfter);
            var stage = Lifecycle.StageOf(days, today, typical);

            var walked = Enumerable.Range(1, 400).Select(today.AddDays).FirstOrDefault(d => Lifecycle.StageOf(days, d, typical) != stage);

            Assert.Equal(walked == default ? null : walked, Lifecycle.NextChange(days, today, typical));
        }
    }
}
