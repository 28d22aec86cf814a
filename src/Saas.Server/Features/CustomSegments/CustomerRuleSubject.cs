using Saas.Domain.Segments;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// What a custom segment rule reads of a customer grain's state: the values the customers projection publishes, so
/// that the grain and the preview's SQL over that projection (<see cref="RuleColumns"/>) agree; day counts as of
/// <paramref name="now"/>.
/// </summary>
public sealed class CustomerRuleSubject(CustomerState state, DateTimeOffset now) : IRuleSubject
{
    public RuleValue? Field(string name)
    {
        var (basics, history, analysis) = (state.Basics, state.History, state.Analysis);
        return name switch
        {
            SegmentFields.RecencyDays => DaysSince(history.LastOrderAt),
            SegmentFields.TenureDays => DaysSince(history.FirstOrderAt),
            SegmentFields.Orders => history.Orders,
            SegmentFields.PurchaseDays => history.Days.Count,
            SegmentFields.Revenue => (double)history.Revenue,
            SegmentFields.AverageOrderValue => history.Orders > 0 ? (double)Math.Round(history.Revenue / history.Orders, 2) : null,
            SegmentFields.R => analysis.Score?.R,
            SegmentFields.F => analysis.Score?.F,
            SegmentFields.M => analysis.Score?.M,
            SegmentFields.Segment => analysis.Segment.ToString(),
            SegmentFields.AbcClass => Text(analysis.Abc?.ToString()),
            SegmentFields.Clv => analysis.Clv is { } clv && double.IsFinite(clv) ? (double)Math.Round((decimal)clv, 2) : null,
            SegmentFields.ProbabilityAlive => analysis.ProbabilityAlive,
            SegmentFields.ExpectedPurchases90 => analysis.ExpectedPurchases90,
            SegmentFields.ChurnRisk => analysis.ChurnRisk,
            SegmentFields.Loyalty => analysis.Loyalty?.Total,
            SegmentFields.LifecycleStage => Text(analysis.Stage?.ToString()),
            SegmentFields.BuyerType => Text(analysis.BuyerType?.ToString()),
            SegmentFields.PromotionShare => analysis.PromotionShare,
            SegmentFields.PurchasingPower => Text(analysis.PurchasingPower?.ToString()),
            SegmentFields.Gender => Text(basics?.Gender),
            SegmentFields.AgeBand => Text(analysis.AgeBand),
            SegmentFields.City => Text(basics?.City),
            SegmentFields.Region => Text(state.LastRegion),
            SegmentFields.Channel => Text(state.LastChannel),
            SegmentFields.Occupation => Text(basics?.Occupation),
            SegmentFields.IncomeBand => Text(basics?.IncomeBand),
            SegmentFields.AverageRating => state.Feedback.AverageRating,
            SegmentFields.Complaints => state.Feedback.Complaints,
            SegmentFields.Contacts30Days => state.Feedback.ContactsWithin(now, 30),
            _ => throw new ArgumentException($"Unknown segment field '{name}'.", nameof(name)),
        };
    }

    /// <summary>Categories are matched ignoring case, as rules compare texts.</summary>
    public DateTimeOffset? LastBought(string category)
    {
        DateTimeOffset? last = null;
        foreach (var (name, bought) in state.History.Categories)
        {
            if (string.Equals(name, category, StringComparison.OrdinalIgnoreCase) && !(last >= bought.LastBoughtAt)) last = bought.LastBoughtAt;
        }
        return last;
    }

    private RuleValue? DaysSince(DateTimeOffset? at) => at is { } then ? Math.Max(0, (now - then).TotalDays) : null;

    private static RuleValue? Text(string? value) => value is { } text ? RuleValue.Of(text) : default(RuleValue?);
}
