using Saas.Domain.Segments;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// Each segment field as a SQL expression over the customers projection (alias c): numbers as float8, texts as
/// text, the same values <see cref="CustomerRuleSubject"/> reads in the grain. Only these expressions ever reach SQL.
/// </summary>
public static class RuleColumns
{
    /// <param name="now">The placeholder of the moment the rule is evaluated at (a timestamptz parameter).</param>
    public static string Of(string field, string now) => field switch
    {
        SegmentFields.RecencyDays or SegmentFields.TenureDays => $"greatest(0, extract(epoch FROM {now} - {GrowsFrom(field)}) / 86400)::float8",
        SegmentFields.Orders => "c.orders::float8",
        SegmentFields.PurchaseDays => "c.purchase_days::float8",
        SegmentFields.Revenue => "c.revenue::float8",
        SegmentFields.AverageOrderValue => "c.average_order_value::float8",
        SegmentFields.R => "c.r::float8",
        SegmentFields.F => "c.f::float8",
        SegmentFields.M => "c.m::float8",
        SegmentFields.Segment => "c.segment",
        SegmentFields.AbcClass => "c.abc_class::text",
        SegmentFields.Clv => "c.clv::float8",
        SegmentFields.ProbabilityAlive => "c.probability_alive",
        SegmentFields.ExpectedPurchases90 => "c.expected_purchases_90",
        SegmentFields.ChurnRisk => "c.churn_risk",
        SegmentFields.Loyalty => "c.loyalty::float8",
        SegmentFields.LifecycleStage => "c.lifecycle_stage",
        SegmentFields.BuyerType => "c.buyer_type",
        SegmentFields.PromotionShare => "c.promotion_share",
        SegmentFields.PurchasingPower => "c.purchasing_power",
        SegmentFields.Gender => "c.gender",
        SegmentFields.AgeBand => "c.age_band",
        SegmentFields.City => "c.city",
        SegmentFields.Region => "c.region",
        SegmentFields.Channel => "c.channel",
        SegmentFields.Occupation => "c.occupation",
        SegmentFields.IncomeBand => "c.income_band",
        SegmentFields.AverageRating => FromFeedback("rating_sum::float8 / nullif(ratings, 0)"),
        SegmentFields.Complaints => $"coalesce({FromFeedback("complaints::float8")}, 0)",
        SegmentFields.Contacts30Days =>
            $"(SELECT count(*)::float8 FROM contacts k WHERE k.tenant_id = c.tenant_id AND k.customer_id = c.customer_id AND k.contacted_at > {now} - interval '30 days' AND k.contacted_at <= {now})",
        _ => throw new ArgumentException($"Unknown segment field '{field}'.", nameof(field)),
    };

    private static string FromFeedback(string expression) =>
        $"(SELECT {expression} FROM customer_feedback f WHERE f.tenant_id = c.tenant_id AND f.customer_id = c.customer_id)";

    /// <returns>The moment a day count that grows (<see cref="SegmentField.GrowsDaily"/>) counts from.</returns>
    public static string GrowsFrom(string field) => field switch
    {
        SegmentFields.RecencyDays => "c.last_order_at",
        SegmentFields.TenureDays => "c.first_order_at",
        _ => throw new ArgumentException($"'{field}' does not grow with time.", nameof(field)),
    };
}
