using Saas.Grains.Hosting;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Analyses;

/// <summary>The tenant analyses: pre-aggregates written at checkpoints, read under /api/v1/analyses by the tenant's members.</summary>
public static class AnalysesSetup
{
    public static IServiceCollection AddAnalyses(this IServiceCollection services) =>
        services.AddCheckpointParticipant<AnalysisProjection>().AddSingleton<SegmentSnapshots>();

    public static RouteGroupBuilder MapAnalyses(this RouteGroupBuilder api)
    {
        var analyses = api.MapGroup("/analyses").WithTags("Analyses")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        SegmentMovementAnalysis.Map(analyses);
        RfmGridAnalysis.Map(analyses);
        AbcParetoAnalysis.Map(analyses);
        CohortAnalysis.Map(analyses);
        CategorySalesAnalysis.Map(analyses);
        CrossSellAnalysis.Map(analyses);
        ProfitabilityAnalysis.Map(analyses);
        TopSpendersAnalysis.Map(analyses);
        return api;
    }
}
