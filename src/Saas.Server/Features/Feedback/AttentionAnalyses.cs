using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Feedback;

/// <summary>The attention analyses under <c>/api/v1/analyses</c>: satisfaction, complaints and contact frequency, read in the caller's tenant scope.</summary>
public static class AttentionAnalyses
{
    public static RouteGroupBuilder MapAttentionAnalyses(this RouteGroupBuilder api)
    {
        api.MapGroup("/analyses").WithTags("Attention analyses")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant)
            .MapSatisfactionAnalysis()
            .MapComplaintAnalysis()
            .MapContactAnalysis();
        return api;
    }
}
