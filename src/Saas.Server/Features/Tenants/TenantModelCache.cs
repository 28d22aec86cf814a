using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Domain.Analysis;
using Saas.Grains.Core;
using Saas.Server.Infrastructure;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

/// <summary>Each node's copy of the tenants' current models, read again after <see cref="AnalysisOptions.CacheFor"/>.</summary>
public sealed class TenantModelCache(NpgsqlDataSource db, IOptions<AnalysisOptions> options, TimeProvider time, GrainJson json)
{
    private readonly TenantCache<TenantModel> _models = new(time, () => options.Value.CacheFor, tenantId => ReadAsync(db, json, tenantId));

    public ValueTask<TenantModel> GetAsync(string tenantId) => _models.GetAsync(tenantId);

    /// <summary>Takes a model this node has just published, without waiting for the cache to expire.</summary>
    public void Remember(string tenantId, TenantModel model) => _models.Remember(tenantId, model);

    private static async Task<TenantModel> ReadAsync(NpgsqlDataSource db, GrainJson json, string tenantId)
    {
        await using var cmd = db.CreateCommand("SELECT model::text FROM tenant_models WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        var stored = await cmd.ExecuteScalarAsync() as string;
        return stored is null ? TenantModel.Default : JsonSerializer.Deserialize<TenantModel>(stored, json.Options)!;
    }
}
