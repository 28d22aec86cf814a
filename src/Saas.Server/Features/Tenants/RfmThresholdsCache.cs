using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Domain.Rfm;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

/// <summary>Each node's copy of the tenants' thresholds, read again after <see cref="RfmOptions.CacheFor"/>.</summary>
public sealed class RfmThresholdsCache(NpgsqlDataSource db, IOptions<RfmOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (RfmThresholds Thresholds, DateTimeOffset Until)> _entries = new();

    public async ValueTask<RfmThresholds> GetAsync(string tenantId)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(tenantId, out var entry) && entry.Until > now) return entry.Thresholds;
        await using var cmd = db.CreateCommand("SELECT recency_days, frequency, monetary FROM tenant_rfm_thresholds WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        await using var reader = await cmd.ExecuteReaderAsync();
        var thresholds = await reader.ReadAsync()
            ? new RfmThresholds(reader.GetFieldValue<double[]>(0), reader.GetFieldValue<double[]>(1), reader.GetFieldValue<double[]>(2))
            : RfmThresholds.Default;
        _entries[tenantId] = (thresholds, now + options.Value.CacheFor);
        return thresholds;
    }
}
