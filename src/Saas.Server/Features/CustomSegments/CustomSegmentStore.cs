using System.Text.Json;
using Npgsql;
using Saas.Domain.Segments;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.CustomSegments;

/// <summary>Custom segment definitions in PostgreSQL, read and written inside the caller's tenant scope.</summary>
public static class CustomSegmentStore
{
    public const int MaxPerTenant = 100;

    /// <summary>Every definition of tenant $1, as <see cref="ReadDefinitionsAsync"/> reads them.</summary>
    public const string DefinitionsSql = "SELECT id, name, revision, rule::text FROM custom_segments WHERE tenant_id = $1 ORDER BY id";

    /// <summary>jsonb stores object keys in its own order, so a stored rule's "type" may come after its other properties.</summary>
    private static readonly JsonSerializerOptions RuleJson = new(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };

    private const string ViewColumns = "id, name, description, rule::text, members, created_at, updated_at";

    public static async Task<CustomSegmentDefinitions> ReadDefinitionsAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var segments = new List<CustomSegmentDefinition>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            segments.Add(new CustomSegmentDefinition(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), Rule(reader.GetString(3))));
        }
        return segments.Count == 0 ? CustomSegmentDefinitions.None : new CustomSegmentDefinitions(segments.Max(s => s.Revision), segments);
    }

    /// <summary>
    /// Holds the tenant's row until the transaction ends: a definition is written while no checkpoint of the tenant
    /// is open (<see cref="CustomSegmentProjection"/> holds the row in key-share mode), and writes of one tenant's
    /// definitions follow one another.
    /// </summary>
    public static async Task LockTenantAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Command("SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE");
        cmd.Parameters.AddWithValue(tenantId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<long> CountAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Command("SELECT count(*) FROM custom_segments WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Names are unique per tenant, ignoring case.</summary>
    public static async Task<bool> NameTakenAsync(TenantTransaction tx, string tenantId, string name, long? exceptId, CancellationToken ct)
    {
        await using var cmd = tx.Command("SELECT EXISTS (SELECT 1 FROM custom_segments WHERE tenant_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3)");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Bigint, (object?)exceptId ?? DBNull.Value);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public static async Task<long> InsertAsync(TenantTransaction tx, string tenantId, CustomSegmentInput input, CancellationToken ct)
    {
        await using var cmd = tx.Command("INSERT INTO custom_segments (tenant_id, name, description, rule) VALUES ($1, $2, $3, $4::jsonb) RETURNING id");
        AddInput(cmd, tenantId, input);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A new rule takes a new revision, so grains that evaluated the old one are not taken at their word.</summary>
    /// <returns>False when the tenant has no such segment.</returns>
    public static async Task<bool> UpdateAsync(TenantTransaction tx, string tenantId, long id, CustomSegmentInput input, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            UPDATE custom_segments SET name = $2, description = $3, rule = $4::jsonb, revision = nextval('custom_segment_revisions'), updated_at = now()
            WHERE tenant_id = $1 AND id = $5
            """);
        AddInput(cmd, tenantId, input);
        cmd.Parameters.AddWithValue(id);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <returns>False when the tenant has no such segment.</returns>
    public static async Task<bool> DeleteAsync(TenantTransaction tx, string tenantId, long id, CancellationToken ct)
    {
        await using var cmd = tx.Command("DELETE FROM custom_segments WHERE tenant_id = $1 AND id = $2");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(id);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public static async Task<CustomSegmentView?> FindAsync(TenantTransaction tx, string tenantId, long id, CancellationToken ct)
    {
        await using var cmd = tx.Command($"SELECT {ViewColumns} FROM custom_segments WHERE tenant_id = $1 AND id = $2");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new CustomSegmentView(reader.GetInt64(0), reader.GetString(1), reader.GetStringOrNull(2), Rule(reader.GetString(3)),
            reader.GetInt64(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6));
    }

    public static async Task<CustomSegmentList> ListAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            SELECT coalesce((SELECT last FROM grain_scope_sequences WHERE scope = $1), 0), s.id, s.name, s.description, s.members, s.updated_at
            FROM (SELECT 1) one LEFT JOIN custom_segments s ON s.tenant_id = $1
            ORDER BY lower(s.name)
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var sequence = 0L;
        var items = new List<CustomSegmentSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sequence = reader.GetInt64(0);
            if (reader.IsDBNull(1)) continue;
            items.Add(new CustomSegmentSummary(reader.GetInt64(1), reader.GetString(2), reader.GetStringOrNull(3),
                reader.GetInt64(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return new CustomSegmentList(sequence, items);
    }

    private static void AddInput(NpgsqlCommand cmd, string tenantId, CustomSegmentInput input)
    {
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(input.Name.Trim());
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)NullIfBlank(input.Description) ?? DBNull.Value);
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(input.Rule, RuleJson));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static SegmentRule Rule(string json) => JsonSerializer.Deserialize<SegmentRule>(json, RuleJson)!;
}
