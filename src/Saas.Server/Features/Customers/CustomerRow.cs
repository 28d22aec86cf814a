using Saas.Domain.Analysis;
using Saas.Grains.Core;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Customers;

/// <summary>One row of the customers projection; a batch is written as one typed array per column.</summary>
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
    /// <summary>The row's key, written first.</summary>
    public static readonly UnnestColumn<CustomerRow>[] Key =
        [Column("tenant_id", "text", r => r.TenantId), Column("customer_id", "text", r => r.CustomerId)];

    /// <summary>Every column the grain owns; the account manager is assigned by people and kept on upsert.</summary>
    public static readonly UnnestColumn<CustomerRow>[] GrainColumns =
    [
        Column("email", "text", r => r.Email),
        Column("name", "text", r => r.Name),
        Column("phone", "text", r => r.Phone),
        Column("orders", "int", r => r.Orders),
        Column("revenue", "numeric", r => r.Revenue),
        Column("currency", "text", r => r.Currency),
        Column("first_order_at", "timestamptz", r => r.FirstOrderAt?.ToUniversalTime()),
        Column("last_order_at", "timestamptz", r => r.LastOrderAt?.ToUniversalTime()),
        Column("r", "smallint", r => r.R),
        Column("f", "smallint", r => r.F),
        Column("m", "smallint", r => r.M),
        Column("segment", "text", r => r.Segment),
        Column("segment_since", "timestamptz", r => r.SegmentSince.ToUniversalTime()),
        Column("updated_at", "timestamptz", r => r.UpdatedAt.ToUniversalTime()),
        Column("gender", "text", r => r.Gender),
        Column("birth_year", "int", r => r.BirthYear),
        Column("age_band", "text", r => r.AgeBand),
        Column("city", "text", r => r.City),
        Column("region", "text", r => r.Region),
        Column("channel", "text", r => r.Channel),
        Column("occupation", "text", r => r.Occupation),
        Column("income_band", "text", r => r.IncomeBand),
        Column("purchase_days", "int", r => r.PurchaseDays),
        Column("first_day_spend", "numeric", r => r.FirstDaySpend),
        Column("average_order_value", "numeric", r => r.AverageOrderValue),
        Column("discounted_orders", "int", r => r.DiscountedOrders),
        Column("discounts", "numeric", r => r.Discounts),
        Column("mean_interval_days", "float8", r => r.MeanIntervalDays),
        Column("interval_std_days", "float8", r => r.IntervalStdDays),
        Column("abc_class", "text", r => r.AbcClass),
        Column("probability_alive", "float8", r => r.ProbabilityAlive),
        Column("expected_purchases_30", "float8", r => r.ExpectedPurchases30),
        Column("expected_purchases_90", "float8", r => r.ExpectedPurchases90),
        Column("expected_purchases_365", "float8", r => r.ExpectedPurchases365),
        Column("expected_spend", "numeric", r => r.ExpectedSpend),
        Column("clv", "numeric", r => r.Clv),
        Column("churn_risk", "float8", r => r.ChurnRisk),
        Column("loyalty", "smallint", r => r.Loyalty),
        Column("lifecycle_stage", "text", r => r.LifecycleStage),
        Column("buyer_type", "text", r => r.BuyerType),
        Column("promotion_share", "float8", r => r.PromotionShare),
        Column("purchasing_power", "text", r => r.PurchasingPower),
        // Arrays cannot nest in an array parameter: each list travels as its array literal.
        Column("preferred_categories", "text", r => ArrayLiteral(r.PreferredCategories), cast: "text[]"),
        Column("model_version", "int", r => r.ModelVersion),
        Column("next_review_at", "timestamptz", r => r.NextReviewAt?.ToUniversalTime()),
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

    private static UnnestColumn<CustomerRow> Column<T>(string name, string type, Func<CustomerRow, T> value, string? cast = null) =>
        new UnnestColumn<CustomerRow, T>(name, type, value, cast);

    /// <summary>A text[] literal: each item quoted, with its backslashes and double quotes escaped.</summary>
    private static string ArrayLiteral(IReadOnlyList<string> items) =>
        "{" + string.Join(",", items.Select(i => "\"" + i.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "}";

    /// <summary>A model's amount as the projection stores it: cents, or null when there is no finite value.</summary>
    public static decimal? Money(double? value) => value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 2) : null;
}
