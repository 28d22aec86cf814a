namespace Saas.Server.Features.Customers;

/// <summary>Puts a customer's portrait together from its published summary and its grain's live state.</summary>
public static class CustomerProfiles
{
    public static CustomerProfile Of(
        CustomerSummary summary, CustomerState state, IReadOnlyList<SegmentHistoryEntry> history, IReadOnlyList<CustomerAlert> alerts)
    {
        var (basics, purchases, analysis) = (state.Basics, state.History, state.Analysis);
        return new CustomerProfile(
            summary,
            new CustomerDemographics(basics?.Phone, basics?.Gender, analysis.AgeBand, basics?.City, state.LastRegion, state.LastChannel,
                basics?.Occupation, basics?.IncomeBand),
            new CustomerValue(analysis.Values?.RecencyDays, analysis.Score?.R, analysis.Score?.F, analysis.Score?.M, analysis.ProbabilityAlive,
                analysis.ExpectedPurchases30, analysis.ExpectedPurchases90, analysis.ExpectedPurchases365, analysis.ExpectedSpend, analysis.Clv,
                analysis.TopClvQuintile, analysis.ChurnRisk, state.Currency),
            new CustomerBehaviour(analysis.BuyerType?.ToString(), analysis.PromotionShare, analysis.PromotionLabel, analysis.PreferredCategories,
                analysis.PurchasingPower?.ToString(), purchases.Days.Count, analysis.Rhythm?.MeanIntervalDays, purchases.Discounts, purchases.FirstOrderAt),
            analysis.Loyalty,
            purchases.Days.TakeLast(24).Reverse().ToArray(),
            purchases.Categories,
            history,
            alerts,
            analysis.NextReviewAt);
    }
}
