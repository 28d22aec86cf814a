using System.Text.Json;
using Npgsql;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Alerts;

/// <summary>Reads and updates of stored churn alerts, inside the caller's tenant scope.</summary>
public static class AlertQueries
{
    private const string Columns = """
        id, customer_id, customer_name, account_manager_id, kind, summary, reasons::text, raised_at, status, note, follow_up_on,
        snoozed_until, handled_by, handled_at
        """;

    public static async Task<AlertPage> ListAsync(
        TenantTransaction tx, string tenantId, string status, string? managerId, int limit, int offset, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            SELECT {Columns} FROM churn_alerts
            WHERE tenant_id = $1 AND ($2::text IS NULL OR account_manager_id = $2)
              AND CASE $3
                    WHEN 'all' THEN true
                    WHEN 'active' THEN status IN ('open', 'acknowledged') OR (status = 'snoozed' AND snoozed_until <= now())
                    ELSE status = $3 END
            ORDER BY raised_at DESC, id DESC LIMIT $4 OFFSET $5
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)managerId ?? DBNull.Value);
        cmd.Parameters.AddWithValue(status);
        cmd.Parameters.AddWithValue(limit + 1);
        cmd.Parameters.AddWithValue(offset);
        var items = await ReadAsync(cmd, ct);
        var hasMore = items.Count > limit;
        return new AlertPage(hasMore ? items[..limit] : items, offset, hasMore);
    }

    /// <returns>The updated alert, or null if there is none the user may handle.</returns>
    public static async Task<ChurnAlertView?> HandleAsync(
        TenantTransaction tx, string tenantId, long id, string status, AlertAction action, string userId, bool anyAlert, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            UPDATE churn_alerts SET status = $3, note = coalesce($4, note), follow_up_on = coalesce($5, follow_up_on),
                snoozed_until = $6, handled_by = $7, handled_at = now()
            WHERE tenant_id = $1 AND id = $2 AND ($8 OR account_manager_id IS NULL OR account_manager_id = $7)
            RETURNING {Columns}
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(status);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)action.Note?.Trim() ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Date, (object?)action.FollowUpOn ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.TimestampTz, (object?)action.SnoozeUntil ?? DBNull.Value);
        cmd.Parameters.AddWithValue(userId);
        cmd.Parameters.AddWithValue(anyAlert);
        return (await ReadAsync(cmd, ct)).SingleOrDefault();
    }

    private static async Task<List<ChurnAlertView>> ReadAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var items = new List<ChurnAlertView>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new ChurnAlertView(
                reader.GetInt64(0), reader.GetString(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetString(4), reader.GetString(5),
                JsonDocument.Parse(reader.GetString(6)).RootElement.Clone(), reader.GetFieldValue<DateTimeOffset>(7), reader.GetString(8),
                reader.GetStringOrNull(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.GetStringOrNull(12),
                reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
        }
        return items;
    }

}
