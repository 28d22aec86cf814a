using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Server.Infrastructure;
using Saas.Server.Options;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// Each node's copy of the tenants' custom segment definitions, read again after <see cref="AnalysisOptions.CacheFor"/>.
/// A grain that evaluated an older copy is woken again once every node has read the new one (see
/// <see cref="CustomSegmentProjection"/>).
/// </summary>
public sealed class CustomSegmentCache(NpgsqlDataSource db, IOptions<AnalysisOptions> options, TimeProvider time)
{
    private readonly TenantCache<CustomSegmentDefinitions> _definitions = new(time, () => options.Value.CacheFor, tenantId => ReadAsync(db, tenantId));

    /// <summary>How long a node may evaluate definitions older than the stored ones.</summary>
    public TimeSpan StaleFor => options.Value.CacheFor;

    public ValueTask<CustomSegmentDefinitions> GetAsync(string tenantId) => _definitions.GetAsync(tenantId);

    /// <summary>Takes definitions this node has just written, without waiting for the cache to expire.</summary>
    public void Remember(string tenantId, CustomSegmentDefinitions definitions) => _definitions.Remember(tenantId, definitions);

    private static async Task<CustomSegmentDefinitions> ReadAsync(NpgsqlDataSource db, string tenantId)
    {
        await using var cmd = db.CreateCommand(CustomSegmentStore.DefinitionsSql);
        cmd.Parameters.AddWithValue(tenantId);
        return await CustomSegmentStore.ReadDefinitionsAsync(cmd, CancellationToken.None);
    }
}
