using Saas.Domain.Rfm;

namespace Saas.Server.Features.Tenants;

/// <summary>One per tenant (key: the tenant id): keeps the tenant's RFM quintile thresholds.</summary>
public interface ITenantGrain
{
    Task<RfmThresholds> RecomputeRfmThresholdsAsync();
}
