using Saas.Domain.Abc;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// The tenant's Pareto curve and ABC classes, from its revenue buckets (<see cref="RevenueBuckets"/>), with the class
/// shares of the tenant's current model: the shares its customers' ABC classes were given with.
/// </summary>
public static class AbcParetoAnalysis
{
    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/abc/pareto", (HttpContext http, TenantScope scope, TenantModelCache models, CancellationToken ct) =>
                TenantAnalysis.AnswerAsync(http, scope, new QueryParameters(),
                    async (tx, tenantId) => await ReadAsync(tx, tenantId, (await models.GetAsync(tenantId)).Settings.Abc, ct), ct))
            .WithSummary("The Pareto curve of revenue over customers, and the ABC classes");

    public static async Task<AbcPareto> ReadAsync(TenantTransaction tx, string tenantId, AbcShares shares, CancellationToken ct)
    {
        await using var cmd = tx.Query("SELECT bucket, customers, revenue FROM revenue_buckets WHERE tenant_id = $1 AND customers > 0", tenantId);
        return RevenueBuckets.Pareto(await cmd.ReadAllAsync(r => new RevenueBucket(r.GetInt32(0), r.GetInt64(1), r.GetDecimal(2)), ct), shares);
    }
}
