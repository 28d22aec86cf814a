using System.Text.Json;
using Npgsql;
using Saas.Domain.Analysis;
using Saas.Grains.Core;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Tenants;

/// <summary>The tenant's analysis settings, one JSON document per tenant; defaults until the owner saves some.</summary>
public sealed class TenantSettingsStore(NpgsqlDataSource db, GrainJson json)
{
    public async Task<AnalysisSettings> ReadAsync(string tenantId, CancellationToken ct = default)
    {
        await using var cmd = db.CreateCommand("SELECT settings::text FROM tenant_analysis_settings WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        return await cmd.ExecuteScalarAsync(ct) is string stored
            ? JsonSerializer.Deserialize<AnalysisSettings>(stored, json.Options)!
            : new AnalysisSettings();
    }

    public async Task WriteAsync(TenantTransaction tx, string tenantId, AnalysisSettings settings, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            INSERT INTO tenant_analysis_settings (tenant_id, settings, updated_at) VALUES ($1, $2::jsonb, now())
            ON CONFLICT (tenant_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(settings, json.Options));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
