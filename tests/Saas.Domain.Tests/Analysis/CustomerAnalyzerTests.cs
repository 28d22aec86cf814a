using Saas.Domain.Analysis;
using Saas.Domain.Behaviour;
using Saas.Domain.Clv;
using Saas.Domain.Customers;
using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Analysis;

public sealed class CustomerAnalyzerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly TenantModel Fitted = TenantModel.Default with
    {
        Version = 3,
        BgNbd = new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667),
        GammaGamma = new GammaGammaParameters(6.25, 3.74, 15.44),
    };

    [Fact]
    public void A_customer_without_orders_is_a_prospect_with_nothing_to_review()
    {
        var analysis = CustomerAnalyzer.Analyze(new PurchaseHistory(), null, FeedbackSummary.None, Fitted, Now);

        Assert.Equal((Segment.Prospect, 3, null, null), (analysis.Segment, analysis.ModelVersion, analysis.Clv, analysis.NextReviewAt));
    }

    [Fact]
    public void A_regular_recent_buyer_is_scored_valued_and_explained()
    {
        var history = Weekly(orders: 12, lastDaysAgo: 2, amount: 120m);

        var analysis = CustomerAnalyzer.Analyze(history, new CustomerBasics("c-1", BirthYear: 1995), FeedbackSummary.None, Fitted, Now);

        Assert.Equal(Segment.Champions, analysis.Segment);
        Assert.Equal(new RfmScore(5, 5, 5), analysis.Score);
        Assert.True(analysis.ProbabilityAlive > 0.9, $"P(alive) {analysis.ProbabilityAlive}");
        Assert.True(analysis.Clv > 1000, $"CLV {analysis.Clv}");
        Assert.True(analysis.ExpectedPurchases365 > analysis.ExpectedPurchases90);
        Assert.True(analysis.ChurnRisk < 0.2, $"risk {analysis.ChurnRisk}");
        Assert.Equal((LifecycleStage.Active, BuyerType.Recurring, "29-35"), (analysis.Stage, analysis.BuyerType, analysis.AgeBand));
        Assert.Equal(7, analysis.Loyalty!.Parts.Count);
    }

    [Fact]
    public void Without_a_fit_the_value_is_unknown_but_risk_follows_the_customers_rhythm()
    {
        var onTime = CustomerAnalyzer.Analyze(Weekly(8, lastDaysAgo: 3, 50m), null, FeedbackSummary.None, TenantModel.Default, Now);
        var late = CustomerAnalyzer.Analyze(Weekly(8, lastDaysAgo: 40, 50m), null, FeedbackSummary.None, TenantModel.Default, Now);

        Assert.Null(onTime.Clv);
        Assert.True(late.ChurnRisk > onTime.ChurnRisk, $"{late.ChurnRisk} should exceed {onTime.ChurnRisk}");
    }

    [Fact]
    public void The_next_review_is_when_recency_crosses_the_next_score_boundary_if_nothing_comes_sooner()
    {
        // Default recency cut points: 30, 90, 180, 365 days; a lapsed one-off buyer has no rhythm line to cross soon.
        var history = new PurchaseHistory().Add(OrderAt(Now.AddDays(-100), 30m));

        var analysis = CustomerAnalyzer.Analyze(history, null, FeedbackSummary.None, TenantModel.Default, Now);

        Assert.True(analysis.NextReviewAt <= Now.AddDays(80), $"{analysis.NextReviewAt} is after the 180-day boundary");
        Assert.True(analysis.NextReviewAt > Now);
    }

    [Fact]
    public void Reviews_are_never_further_apart_than_the_longest_sleep()
    {
        var analysis = CustomerAnalyzer.Analyze(Weekly(30, lastDaysAgo: 1, 80m), null, FeedbackSummary.None, Fitted, Now);

        Assert.InRange(analysis.NextReviewAt!.Value, Now.AddSeconds(5), Now + ReviewSchedule.LongestSleep);
    }

    [Fact]
    public void A_degenerate_spend_fit_falls_back_to_the_customers_average_and_every_figure_stays_finite()
    {
        // A Gamma-Gamma fit seen on uniform demo spends: q and v run off towards infinity.
        var degenerate = Fitted with { GammaGamma = new GammaGammaParameters(6.25, 2.6e10, 1.4e12) };

        var analysis = CustomerAnalyzer.Analyze(Weekly(12, lastDaysAgo: 2, 120m), null, FeedbackSummary.None, degenerate, Now);

        Assert.True(analysis.Clv is null || double.IsFinite(analysis.Clv.Value), $"CLV {analysis.Clv}");
        Assert.True(analysis.ExpectedSpend is null || double.IsFinite(analysis.ExpectedSpend.Value), $"spend {analysis.ExpectedSpend}");
        Assert.True(System.Text.Json.JsonSerializer.Serialize(analysis).Length > 0);
    }

    private static PurchaseHistory Weekly(int orders, int lastDaysAgo, decimal amount)
    {
        var history = new PurchaseHistory();
        for (var i = 0; i < orders; i++) history = history.Add(OrderAt(Now.AddDays(-lastDaysAgo - 7 * i), amount));
        return history;
    }

    private static Order OrderAt(DateTimeOffset at, decimal total) =>
        new($"o-{at.Ticks}", new CustomerBasics("c-1"), at, total, "EUR", [new OrderLine("tea-1", "tea", 1, total)]);
}
