using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Domain.Analysis;
using Saas.Grains.Core;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

/// <summary>Each node's copy of the tenants' current models, read again after <see cref="AnalysisOptions.CacheFor"/>.</summary>
public sealed class TenantModelCache(NpgsqlDataSource db, IOptions<AnalysisOptions> options, TimeProvider time, GrainJson json)
{
    private readonly ConcurrentDictionary<string, (TenantModel Model, DateTimeOffset Until)> _entries = new();

    public async ValueTask<TenantModel> GetAsync(string tenantId)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(tenantId, out var entry) && entry.Until > now) return entry.Model;
        await using var cmd = db.CreateCommand("SELECT model::text FROM tenant_models WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        var stored = await cmd.ExecuteScalarAsync() as string;
        var model = stored is null ? TenantModel.Default : JsonSerializer.Deserialize<TenantModel>(stored, json.Options)!;
        Remember(tenantId, model);
        return model;
    }

    /// <summary>Takes a model this node has just published, without waiting for the cache to expire.</summary>
    public void Remember(string tenantId, TenantModel model) => _entries[tenantId] = (model, time.GetUtcNow() + options.Value.CacheFor);
}
