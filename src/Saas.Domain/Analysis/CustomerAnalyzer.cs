using Saas.Domain.Behaviour;
using Saas.Domain.Churn;
using Saas.Domain.Customers;
using Saas.Domain.Loyalty;
using Saas.Domain.Orders;

namespace Saas.Domain.Analysis;

/// <summary>Applies every model to one customer: the whole of what its grain decides, as of one moment.</summary>
public static class CustomerAnalyzer
{
    public static CustomerAnalysis Analyze(
        PurchaseHistory history, CustomerBasics? basics, FeedbackSummary feedback, TenantModel model, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var ageBand = AgeBands.Of(basics?.BirthYear, today);
        if (history.RfmAsOf(now) is not { } values)
        {
            return new CustomerAnalysis { ModelVersion = model.Version, At = now, AgeBand = ageBand };
        }
        var score = model.Thresholds.Score(values);
        var rhythm = Rhythm.Of(history.Days);
        var prediction = ValuePrediction.Of(history, model, today);
        var churnRisk = ChurnRisk.Of(prediction?.ProbabilityAlive, values.RecencyDays, rhythm, model.TypicalIntervalDays);
        var tenureDays = (history.LastOrderAt!.Value - history.FirstOrderAt!.Value).TotalDays;
        var promotionShare = PromotionSensitivity.Share(history.DiscountedOrders, history.Orders);
        var analysis = new CustomerAnalysis
        {
            ModelVersion = model.Version,
            At = now,
            Values = values,
            Score = score,
            Segment = model.Settings.Rfm.SegmentOf(score),
            Abc = model.Abc?.ClassOf(history.Revenue),
            ProbabilityAlive = prediction?.ProbabilityAlive,
            ExpectedPurchases30 = prediction?.ExpectedPurchases30,
            ExpectedPurchases90 = prediction?.ExpectedPurchases90,
            ExpectedPurchases365 = prediction?.ExpectedPurchases365,
            ExpectedSpend = prediction?.ExpectedSpend,
            Clv = prediction?.Clv,
            TopClvQuintile = prediction is not null && model.TopClvQuintileFrom is { } top && prediction.Clv >= top,
            ChurnRisk = churnRisk,
            Loyalty = LoyaltyModel.Score(new LoyaltyInputs(
                Math.Max(0, tenureDays), rhythm, values.RecencyDays, feedback.AverageRating, feedback.Complaints, feedback.Returns,
                history.Orders, prediction?.ProbabilityAlive, model.TypicalIntervalDays)),
            Stage = Lifecycle.StageOf(history.Days, today, model.TypicalIntervalDays),
            BuyerType = BuyerTypes.Of(history.Days),
            PromotionShare = promotionShare,
            PromotionLabel = PromotionSensitivity.Label(history.DiscountedOrders, history.Orders),
            PreferredCategories = Preferences.PreferredCategories(history.Categories),
            PurchasingPower = PurchasingPowers.Of(history.Revenue / history.Orders, model.AverageOrderValueCutPoints),
            AgeBand = ageBand,
            Rhythm = rhythm,
        };
        return analysis with { NextReviewAt = ReviewSchedule.Next(history, analysis, prediction, model, now) };
    }
}
