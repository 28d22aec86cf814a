using System.Text.Json;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Imports;

/// <summary>Reads the tenant's imports inside its row-level-security scope.</summary>
public sealed class ImportQueries(TenantScope scope, TimeProvider time)
{
    private const int HistoryLength = 100;
    private const string DetailColumns = $"kind, file_name, size_bytes, encoding, delimiter, header, sample::text, mapping::text, created_at, {ImportProgressRow.Columns}";

    public async Task<ImportDetail?> GetAsync(string tenantId, string id, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command($"SELECT {DetailColumns} FROM imports WHERE tenant_id = $1 AND id = $2");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var kind = reader.GetString(0);
        var progress = ImportProgressRow.Read(reader, 9, time.GetUtcNow());
        return new ImportDetail(id, kind, reader.GetString(1), progress.State, reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<string[]>(5), JsonSerializer.Deserialize<string[][]>(reader.GetString(6))!,
            ImportKinds.FieldsOf(kind).Select(f => new ImportFieldInfo(f.Key, f.Required)).ToArray(),
            JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(7))!, progress, reader.GetFieldValue<DateTimeOffset>(8));
    }

    public async Task<ImportSummary[]> ListAsync(string tenantId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command(
            $"SELECT kind, file_name, size_bytes, created_at, {ImportProgressRow.Columns} FROM imports WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT {HistoryLength}");
        cmd.Parameters.AddWithValue(tenantId);
        var imports = new List<ImportSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var progress = ImportProgressRow.Read(reader, 4, time.GetUtcNow());
            imports.Add(new ImportSummary(progress.ImportId, reader.GetString(0), reader.GetString(1), progress.State, reader.GetInt64(2), progress,
                reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return imports.ToArray();
    }
}
