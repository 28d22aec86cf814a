using Saas.Domain.Analysis;

namespace Saas.Server.Features.Tenants;

public sealed class TenantState
{
    public TenantModel Model { get; set; } = TenantModel.Default;

    public DateTimeOffset? FittedAt { get; set; }

    public int FittedSampleSize { get; set; }
}
