using Saas.Domain.Analysis;
using Saas.Grains.Core;

namespace Saas.Server.Features.Customers;

/// <summary>
/// One row of the customers projection, named as its columns (snake_case JSON), so a batch is written with
/// jsonb_populate_recordset whatever the number of columns.
/// </summary>
public sealed record CustomerRow(
    string TenantId,
    string CustomerId,
    string? Email,
    string? Name,
    string? Phone,
    int Orders,
    decimal Revenue,
    string? Currency,
    DateTimeOffset? FirstOrderAt,
    DateTimeOffset? LastOrderAt,
    short? R,
    short? F,
    short? M,
    string Segment,
    DateTimeOffset SegmentSince,
    DateTimeOffset UpdatedAt,
    string? Gender,
    int? BirthYear,
    string? AgeBand,
    string? City,
    string? Region,
    string? Channel,
    string? Occupation,
    string? IncomeBand,
    int PurchaseDays,
    decimal FirstDaySpend,
    decimal? AverageOrderValue,
    int DiscountedOrders,
    decimal Discounts,
    double? MeanIntervalDays,
    double? IntervalStdDays,
    string? AbcClass,
    double? ProbabilityAlive,
    double? ExpectedPurchases30,
    double? ExpectedPurchases90,
    double? ExpectedPurchases365,
    decimal? ExpectedSpend,
    decimal? Clv,
    double ChurnRisk,
    short? Loyalty,
    string? LifecycleStage,
    string? BuyerType,
    double PromotionShare,
    string? PurchasingPower,
    IReadOnlyList<string> PreferredCategories,
    int ModelVersion,
    DateTimeOffset? NextReviewAt)
{
    /// <summary>Every column the grain owns; the account manager is assigned by people and kept on upsert.</summary>
    public static readonly string[] GrainColumns =
    [
        "email", "name", "phone", "orders", "revenue", "currency", "first_order_at", "last_order_at", "r", "f", "m", "segment",
        "segment_since", "updated_at", "gender", "birth_year", "age_band", "city", "region", "channel", "occupation", "income_band",
        "purchase_days", "first_day_spend", "average_order_value", "discounted_orders", "discounts", "mean_interval_days",
        "interval_std_days", "abc_class", "probability_alive", "expected_purchases_30", "expected_purchases_90", "expected_purchases_365",
        "expected_spend", "clv", "churn_risk", "loyalty", "lifecycle_stage", "buyer_type", "promotion_share", "purchasing_power",
        "preferred_categories", "model_version", "next_review_at",
    ];

    public static CustomerRow Of(GrainId grain, CustomerState state, DateTimeOffset segmentSince, DateTimeOffset now)
    {
        var (basics, history, analysis) = (state.Basics, state.History, state.Analysis);
        return new CustomerRow(
            grain.Scope, CustomerEvents.CustomerIdOf(grain.Key), basics?.Email, basics?.Name, basics?.Phone,
            history.Orders, history.Revenue, state.Currency, history.FirstOrderAt, history.LastOrderAt,
            (short?)analysis.Score?.R, (short?)analysis.Score?.F, (short?)analysis.Score?.M,
            analysis.Segment.ToString(), segmentSince, now,
            basics?.Gender, basics?.BirthYear, analysis.AgeBand, basics?.City, state.LastRegion, state.LastChannel, basics?.Occupation, basics?.IncomeBand,
            history.Days.Count, history.Days.Count > 0 ? history.Days[0].Amount : 0m,
            history.Orders > 0 ? Math.Round(history.Revenue / history.Orders, 2) : null,
            history.DiscountedOrders, history.Discounts, analysis.Rhythm?.MeanIntervalDays, analysis.Rhythm?.IntervalStdDays,
            analysis.Abc?.ToString(), analysis.ProbabilityAlive,
            analysis.ExpectedPurchases30, analysis.ExpectedPurchases90, analysis.ExpectedPurchases365,
            Money(analysis.ExpectedSpend), Money(analysis.Clv), analysis.ChurnRisk, (short?)analysis.Loyalty?.Total,
            analysis.Stage?.ToString(), analysis.BuyerType?.ToString(), analysis.PromotionShare, analysis.PurchasingPower?.ToString(),
            analysis.PreferredCategories, analysis.ModelVersion, analysis.NextReviewAt);
    }

    /// <summary>A model's amount as the projection stores it: cents, or null when there is no finite value.</summary>
    public static decimal? Money(double? value) => value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 2) : null;
}
