using Saas.Domain.Abc;
using Saas.Domain.Alerts;
using Saas.Domain.Rfm;
using static Saas.Domain.Tests.Alerts.Snapshots;

namespace Saas.Domain.Tests.Alerts;

public sealed class ChurnAlertsTests
{
    [Fact]
    public void A_champion_whose_risk_crosses_the_line_raises_an_alert_that_says_why()
    {
        var after = Champion with { ChurnRisk = 0.64, ProbabilityAlive = 0.31, RecencyDays = 94.7 };

        var alert = ChurnAlerts.Detect(Champion, after, Policy);

        Assert.NotNull(alert);
        Assert.Equal(AlertCodes.RiskCrossed, alert.Kind);
        Assert.Equal("churn risk 0.64 above the line 0.60; no order for 94 days, usual interval 21 days; P(alive) 0.82 -> 0.31; CLV 1,240", alert.Summary);
    }

    [Fact]
    public void A_loyal_customer_entering_At_Risk_raises_an_alert_even_below_the_line()
    {
        var before = Champion with { Segment = Segment.Loyal };
        var after = before with { Segment = Segment.AtRisk, ChurnRisk = 0.4, ProbabilityAlive = 0.82 };

        var alert = ChurnAlerts.Detect(before, after, Policy);

        Assert.NotNull(alert);
        Assert.Equal(AlertCodes.SegmentEntered, alert.Kind);
        Assert.Equal("moved from Loyal to At Risk; no order for 30 days, usual interval 21 days; CLV 1,240", alert.Summary);
    }

    [Fact]
    public void Crossing_and_entering_at_once_is_one_alert_with_both_reasons()
    {
        var alert = ChurnAlerts.Detect(Champion, Champion with { Segment = Segment.CannotLoseThem, ChurnRisk = 0.7 }, Policy);

        Assert.NotNull(alert);
        Assert.Equal(AlertCodes.RiskCrossed, alert.Kind);
        Assert.Equal([AlertCodes.RiskCrossed, AlertCodes.SegmentEntered, AlertCodes.NoOrder, AlertCodes.Clv], alert.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(Segment.AtRisk)]
    [InlineData(Segment.CannotLoseThem)]
    [InlineData(Segment.AboutToSleep)]
    public void Entering_any_slipping_segment_from_another_alerts(Segment slipping)
    {
        Assert.NotNull(ChurnAlerts.Detect(Champion, Champion with { Segment = slipping }, Policy));
        Assert.Null(ChurnAlerts.Detect(Champion with { Segment = slipping }, Champion with { Segment = slipping, RecencyDays = 60 }, Policy));
    }

    [Fact]
    public void Reaching_the_line_exactly_counts_as_crossing()
    {
        Assert.NotNull(ChurnAlerts.Detect(Champion, Champion with { ChurnRisk = 0.6 }, Policy));
    }

    [Fact]
    public void Staying_above_the_line_does_not_alert_again()
    {
        var above = Champion with { ChurnRisk = 0.65 };

        Assert.Null(ChurnAlerts.Detect(above, above with { ChurnRisk = 0.9, RecencyDays = 200 }, Policy));
    }

    [Fact]
    public void Moving_between_segments_that_are_not_slipping_does_not_alert()
    {
        Assert.Null(ChurnAlerts.Detect(Champion, Champion with { Segment = Segment.Loyal }, Policy));
    }

    [Fact]
    public void A_customer_who_is_not_valuable_never_raises_one()
    {
        Assert.Null(ChurnAlerts.Detect(Ordinary, Ordinary with { ChurnRisk = 0.95, Segment = Segment.AboutToSleep }, Policy));
    }

    [Fact]
    public void Value_is_judged_before_the_change()
    {
        var slipped = Ordinary with { ChurnRisk = 0.9, Segment = Segment.AtRisk };

        Assert.NotNull(ChurnAlerts.Detect(Champion, slipped, Policy));
        Assert.Null(ChurnAlerts.Detect(Ordinary, Champion with { ChurnRisk = 0.9 }, Policy));
    }

    [Fact]
    public void A_first_snapshot_alerts_only_when_already_above_the_line()
    {
        Assert.Null(ChurnAlerts.Detect(null, Champion with { Segment = Segment.CannotLoseThem, ChurnRisk = 0.5 }, Policy));

        var alert = ChurnAlerts.Detect(null, Champion with { ChurnRisk = 0.7 }, Policy);

        Assert.NotNull(alert);
        Assert.Equal("churn risk 0.70 above the line 0.60; no order for 30 days, usual interval 21 days; CLV 1,240", alert.Summary);
    }

    [Fact]
    public void A_rising_P_alive_is_not_given_as_a_reason()
    {
        var alert = ChurnAlerts.Detect(Champion, Champion with { ChurnRisk = 0.7, ProbabilityAlive = 0.9 }, Policy);

        Assert.DoesNotContain(alert!.Reasons, r => r.Code == AlertCodes.ProbabilityAliveFell);
    }

    [Fact]
    public void The_policy_s_line_decides()
    {
        var after = Champion with { ChurnRisk = 0.45 };

        Assert.Null(ChurnAlerts.Detect(Champion, after, Policy));
        Assert.Equal("churn risk 0.45 above the line 0.40", ChurnAlerts.Detect(Champion, after, new ChurnAlertPolicy(0.4))!.Reasons[0].Describe());
    }

    [Theory]
    [InlineData(AbcClass.A, false, Segment.Promising, true)]
    [InlineData(AbcClass.C, true, Segment.Hibernating, true)]
    [InlineData(AbcClass.C, false, Segment.Champions, true)]
    [InlineData(AbcClass.C, false, Segment.Loyal, true)]
    [InlineData(AbcClass.C, false, Segment.CannotLoseThem, true)]
    [InlineData(AbcClass.B, false, Segment.AtRisk, false)]
    [InlineData(AbcClass.C, false, Segment.New, false)]
    public void Valuable_means_class_A_top_CLV_quintile_or_a_best_segment(AbcClass abc, bool topClv, Segment segment, bool valuable)
    {
        Assert.Equal(valuable, ChurnAlerts.IsValuable(Champion with { Abc = abc, TopClvQuintile = topClv, Segment = segment }));
    }

    [Fact]
    public void A_policy_line_outside_0_and_1_is_refused()
    {
        Assert.NotEmpty(ChurnAlertPolicy.Validate(0));
        Assert.NotEmpty(ChurnAlertPolicy.Validate(1));
        Assert.Empty(ChurnAlertPolicy.Validate(0.6));
        Assert.Throws<ArgumentException>(() => ChurnAlerts.Detect(Champion, Champion, new ChurnAlertPolicy(1.5)));
    }
}
