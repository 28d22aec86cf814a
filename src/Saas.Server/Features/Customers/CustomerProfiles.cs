using Saas.Grains.Hosting;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Customers;

/// <summary>Puts a customer's portrait together from its published summary and its grain's live state.</summary>
public static class CustomerProfiles
{
    /// <returns>Null if the tenant has no such customer.</returns>
    public static async Task<CustomerProfile?> ReadAsync(TenantTransaction tx, GrainRuntime grains, string tenantId, string id, CancellationToken ct)
    {
        if (await CustomerQueries.FindAsync(tx, tenantId, id, ct) is not { } summary) return null;
        var state = await grains.GetGrain<ICustomerGrain>(CustomerEvents.CustomerKey(tenantId, id)).GetStateAsync();
        return Of(summary, state, await CustomerQueries.SegmentHistoryAsync(tx, tenantId, id, ct), await CustomerQueries.AlertsAsync(tx, tenantId, id, ct));
    }

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
