using Saas.Domain.Alerts;
using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Alerts;

public sealed class AlertReasonTests
{
    [Fact]
    public void Days_without_an_order_are_whole_days_against_the_rounded_usual_interval()
    {
        Assert.Equal("no order for 94 days, usual interval 21 days", AlertReason.NoOrder(94.9, 20.5).Describe());
        Assert.Equal("no order for 1 day, usual interval 1 day", AlertReason.NoOrder(1.2, 1).Describe());
        Assert.Equal("no order for 1,200 days", AlertReason.NoOrder(1_200, null).Describe());
    }

    [Fact]
    public void Money_is_whole_with_thousands_separators_and_probabilities_have_two_decimals()
    {
        Assert.Equal("CLV 1,240", AlertReason.Clv(1_239.6m).Describe());
        Assert.Equal("CLV 1,234,567", AlertReason.Clv(1_234_567m).Describe());
        Assert.Equal("P(alive) 0.82 -> 0.31", AlertReason.ProbabilityAliveFell(0.8249, 0.306).Describe());
    }

    [Fact]
    public void Segments_are_named_as_merchants_read_them()
    {
        Assert.Equal("moved from Loyal to At Risk", AlertReason.SegmentEntered(Segment.Loyal, Segment.AtRisk).Describe());
        Assert.Equal("moved from Potential Loyalist to About to Sleep", AlertReason.SegmentEntered(Segment.PotentialLoyalist, Segment.AboutToSleep).Describe());
        Assert.Equal("moved from Champions to Cannot Lose Them", AlertReason.SegmentEntered(Segment.Champions, Segment.CannotLoseThem).Describe());
    }

    [Fact]
    public void Each_reason_carries_its_numbers_for_clients_that_word_it_themselves()
    {
        var reason = AlertReason.RiskCrossed(0.64, 0.6);

        Assert.Equal(AlertCodes.RiskCrossed, reason.Code);
        Assert.Equal(0.64, reason.Values[AlertValues.Risk]);
        Assert.Equal(0.6, reason.Values[AlertValues.Threshold]);
        var moved = AlertReason.SegmentEntered(Segment.Loyal, Segment.AtRisk);
        Assert.Equal((Segment.Loyal, Segment.AtRisk), (moved.From, moved.To));
    }
}
