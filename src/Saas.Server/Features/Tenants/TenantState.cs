using Saas.Domain.Rfm;

namespace Saas.Server.Features.Tenants;

public sealed class TenantState
{
    public RfmThresholds Rfm { get; set; } = RfmThresholds.Default;

    public int SampleSize { get; set; }

    public DateTimeOffset? ComputedAt { get; set; }
}
