using System.Globalization;
using Saas.Domain.Churn;

namespace Saas.Domain.Loyalty;

/// <summary>
/// Loyalty as a weighted sum of seven parts, each scored 0-100 (docs/ANALYSIS.md, "Loyalty"):
/// <code>
/// tenure                 0.15   100 × min(1, tenure / 730 days)
/// frequency              0.15   100 × min(1, purchase days / 10)
/// regularity             0.10   100 × max(0, 1 − CV / 2)            CV of the intervals; unknown below 3 purchase days
/// recency                0.20   100 × (1 − ChurnRisk.Overdue)       against the own mean interval, else the typical one
/// satisfaction           0.10   100 × (rating − 1) / 4              unknown without a rating
/// complaints and returns 0.10   100 × max(0, 1 − 2 × (complaints + returns) / orders)
/// P(alive)               0.20   100 × P(alive)                      unknown without a fit
/// </code>
/// An unknown part scores a neutral 50 and says so in its explanation.
/// </summary>
public static class LoyaltyModel
{
    public const double Neutral = 50;
    public const double FullTenureDays = 730;
    public const int FullFrequencyPurchaseDays = 10;

    public static LoyaltyScore Score(LoyaltyInputs inputs)
    {
        if (double.IsNaN(inputs.TenureDays) || double.IsNaN(inputs.RecencyDays) || inputs.AverageRating is double.NaN || inputs.ProbabilityAlive is double.NaN)
            throw new ArgumentException("Loyalty inputs must be numbers.", nameof(inputs));
        if (inputs.TypicalIntervalDays is <= 0) throw new ArgumentOutOfRangeException(nameof(inputs), "The typical interval must be above 0 days.");
        ArgumentOutOfRangeException.ThrowIfNegative(inputs.Complaints);
        ArgumentOutOfRangeException.ThrowIfNegative(inputs.Returns);
        ArgumentOutOfRangeException.ThrowIfNegative(inputs.Orders);

        LoyaltyPart[] parts =
        [
            Tenure(inputs.TenureDays),
            Frequency(inputs.Rhythm.PurchaseDays),
            Regularity(inputs.Rhythm.CoefficientOfVariation),
            Recency(inputs),
            Satisfaction(inputs.AverageRating),
            ComplaintsAndReturns(inputs.Complaints, inputs.Returns, inputs.Orders),
            ProbabilityAlive(inputs.ProbabilityAlive),
        ];
        var total = parts.Sum(p => p.Weight * p.Score);
        return new LoyaltyScore((int)Math.Round(Math.Clamp(total, 0, 100), MidpointRounding.AwayFromZero), parts);
    }

    private static LoyaltyPart Tenure(double tenureDays)
    {
        var days = Math.Max(0, tenureDays);
        return new(LoyaltyPartNames.Tenure, 0.15, 100 * Math.Min(1, days / FullTenureDays),
            string.Create(CultureInfo.InvariantCulture, $"bought over {Count(days, "day")}; {FullTenureDays:N0} or more score 100"));
    }

    private static LoyaltyPart Frequency(int purchaseDays) =>
        new(LoyaltyPartNames.Frequency, 0.15, 100.0 * Math.Min(purchaseDays, FullFrequencyPurchaseDays) / FullFrequencyPurchaseDays,
            string.Create(CultureInfo.InvariantCulture, $"{Count(purchaseDays, "purchase day")}; {FullFrequencyPurchaseDays} or more score 100"));

    private static LoyaltyPart Regularity(double? coefficientOfVariation) => coefficientOfVariation is { } cv
        ? new(LoyaltyPartNames.Regularity, 0.10, 100 * Math.Max(0, 1 - cv / 2),
            string.Create(CultureInfo.InvariantCulture, $"intervals vary by {cv * 100:N0}% of their mean; 200% or more scores 0"))
        : new(LoyaltyPartNames.Regularity, 0.10, Neutral, "fewer than 3 purchase days, too few to judge: neutral");

    private static LoyaltyPart Recency(LoyaltyInputs inputs)
    {
        var recency = Math.Max(0, inputs.RecencyDays);
        if (inputs.Rhythm.MeanIntervalDays is { } own) return RecencyAgainst(recency, own, "usual interval");
        if (inputs.TypicalIntervalDays is { } typical) return RecencyAgainst(recency, typical, "one purchase, the shop's typical interval");
        return new(LoyaltyPartNames.Recency, 0.20, Neutral, "one purchase and no typical interval to judge it by: neutral");
    }

    private static LoyaltyPart RecencyAgainst(double recencyDays, double intervalDays, string whose) =>
        new(LoyaltyPartNames.Recency, 0.20, 100 * (1 - ChurnRisk.Overdue(recencyDays, intervalDays)),
            string.Create(CultureInfo.InvariantCulture, $"last purchase {Count(recencyDays, "day")} ago, {whose} {Count(intervalDays, "day")}"));

    private static LoyaltyPart Satisfaction(double? averageRating) => averageRating is { } rating
        ? new(LoyaltyPartNames.Satisfaction, 0.10, 100 * (Math.Clamp(rating, 1, 5) - 1) / 4,
            string.Create(CultureInfo.InvariantCulture, $"average rating {rating:0.0} of 5"))
        : new(LoyaltyPartNames.Satisfaction, 0.10, Neutral, "no rating: neutral");

    private static LoyaltyPart ComplaintsAndReturns(int complaints, int returns, int orders)
    {
        var perOrder = (double)(complaints + returns) / Math.Max(1, orders);
        return new(LoyaltyPartNames.ComplaintsAndReturns, 0.10, 100 * Math.Max(0, 1 - 2 * perOrder),
            string.Create(CultureInfo.InvariantCulture,
                $"{Count(complaints, "complaint")} and {Count(returns, "return")} over {Count(orders, "order")}; one for every two orders scores 0"));
    }

    private static LoyaltyPart ProbabilityAlive(double? probabilityAlive) => probabilityAlive is { } p
        ? new(LoyaltyPartNames.ProbabilityAlive, 0.20, 100 * Math.Clamp(p, 0, 1), string.Create(CultureInfo.InvariantCulture, $"P(alive) {p:0.00}"))
        : new(LoyaltyPartNames.ProbabilityAlive, 0.20, Neutral, "P(alive) not estimated yet: neutral");

    /// <summary>Whole units, with thousands separators: "1 day", "1,200 days".</summary>
    private static string Count(double amount, string unit)
    {
        var whole = Math.Round(amount, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{whole:N0} {unit}{(whole == 1 ? "" : "s")}");
    }
}
