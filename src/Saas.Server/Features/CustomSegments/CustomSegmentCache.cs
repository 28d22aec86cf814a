using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Server.Options;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// Each node's copy of the tenants' custom segment definitions, read again after <see cref="AnalysisOptions.CacheFor"/>.
/// A grain that evaluated an older copy is woken again once every node has read the new one (see
/// <see cref="CustomSegmentProjection"/>).
/// </summary>
public sealed class CustomSegmentCache(NpgsqlDataSource db, IOptions<AnalysisOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (CustomSegmentDefinitions Definitions, DateTimeOffset Until)> _entries = new();

    /// <summary>How long a node may evaluate definitions older than the stored ones.</summary>
    public TimeSpan StaleFor => options.Value.CacheFor;

    public async ValueTask<CustomSegmentDefinitions> GetAsync(string tenantId)
    {
        if (_entries.TryGetValue(tenantId, out var entry) && entry.Until > time.GetUtcNow()) return entry.Definitions;
        await using var cmd = db.CreateCommand(CustomSegmentStore.DefinitionsSql);
        cmd.Parameters.AddWithValue(tenantId);
        var definitions = await CustomSegmentStore.ReadDefinitionsAsync(cmd, CancellationToken.None);
        Remember(tenantId, definitions);
        return definitions;
    }

    /// <summary>Takes definitions this node has just written, without waiting for the cache to expire.</summary>
    public void Remember(string tenantId, CustomSegmentDefinitions definitions) =>
        _entries[tenantId] = (definitions, time.GetUtcNow() + options.Value.CacheFor);
}
