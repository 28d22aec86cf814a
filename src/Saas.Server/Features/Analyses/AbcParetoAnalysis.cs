using Saas.Domain.Abc;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>The tenant's Pareto curve and ABC classes, from its revenue buckets (<see cref="RevenueBuckets"/>).</summary>
public static class AbcParetoAnalysis
{
    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapAnalysis("/abc/pareto", ReadAsync).WithSummary("The Pareto curve of revenue over customers, and the ABC classes");

    public static async Task<AbcPareto> ReadAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Query("SELECT bucket, customers, revenue FROM revenue_buckets WHERE tenant_id = $1 AND customers > 0", tenantId);
        var buckets = await cmd.ReadAllAsync(r => new RevenueBucket(r.GetInt32(0), r.GetInt64(1), r.GetDecimal(2)), ct);
        return RevenueBuckets.Pareto(buckets, new AbcShares());
    }
}
