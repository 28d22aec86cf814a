using System.Text.Json;
using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;

namespace Saas.Server.Features.Imports;

/// <summary>
/// Records an import's counters and publishes its progress through the outbox, in one transaction, so every node
/// pushes it to the tenant's dashboards. Progress has its own outbox scope: its messages do not count in the
/// tenant's sequence of segment changes, whose gaps make dashboards refetch.
/// </summary>
public sealed class ImportProgressReporter(NpgsqlDataSource db, GrainJson json, TimeProvider time)
{
    public const string Kind = "import.progress";

    public static string ScopeOf(string tenantId) => $"{tenantId}/imports";

    public static string TenantOf(string scope) => scope[..scope.LastIndexOf('/')];

    /// <param name="set">The assignments to make, e.g. "rows_read = $3, bad_rows = $4", with their values from $3 on.</param>
    public async Task ReportAsync(string tenantId, string importId, string set, object[] values, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var update = new NpgsqlCommand(
            $"UPDATE imports SET {set}, progressed_at = now() WHERE tenant_id = $1 AND id = $2 RETURNING {ImportProgressRow.Columns}", connection, transaction);
        update.Parameters.AddWithValue(tenantId);
        update.Parameters.AddWithValue(importId);
        foreach (var value in values) update.Parameters.AddWithValue(value);
        ImportProgress progress;
        await using (var reader = await update.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return;
            progress = ImportProgressRow.Read(reader, 0, time.GetUtcNow());
        }
        await OutboxRows.WriteAsync(connection, [new PendingMessage(ScopeOf(tenantId), Kind, JsonSerializer.Serialize(progress, json.Options))], ct);
        await transaction.CommitAsync(ct);
    }
}
