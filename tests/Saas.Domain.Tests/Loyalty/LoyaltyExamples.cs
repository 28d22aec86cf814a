using Saas.Domain.Customers;
using Saas.Domain.Loyalty;

namespace Saas.Domain.Tests.Loyalty;

internal static class LoyaltyExamples
{
    /// <summary>A year of buying every month or so, a little late now, mostly happy.</summary>
    public static LoyaltyInputs Regular { get; } = new(
        TenureDays: 365,
        Rhythm: new Rhythm(PurchaseDays: 6, MeanIntervalDays: 30, IntervalStdDays: 15),
        RecencyDays: 45,
        AverageRating: 4.2,
        Complaints: 1,
        Returns: 1,
        Orders: 8,
        ProbabilityAlive: 0.9);

    public static LoyaltyPart Part(this LoyaltyScore score, string name) => score.Parts.Single(p => p.Name == name);
}
