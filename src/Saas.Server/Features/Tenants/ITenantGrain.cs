using Saas.Domain.Analysis;

namespace Saas.Server.Features.Tenants;

/// <summary>One per tenant (key: the tenant id): keeps the tenant's model current.</summary>
public interface ITenantGrain
{
    /// <summary>Recomputes cut points (and refits if due, or if <paramref name="refit"/>); publishes and re-scores on any change.</summary>
    Task<TenantModel> RecomputeModelAsync(bool refit = false);
}
