using Npgsql;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Customers;

/// <summary>Reads of the customers projection and its history, inside the caller's tenant scope.</summary>
public static class CustomerQueries
{
    private const string SummaryColumns = """
        customer_id, name, email, segment, r::text || f::text || m::text, abc_class, orders, revenue, clv, probability_alive,
        churn_risk, loyalty, lifecycle_stage, last_order_at, account_manager_id
        """;

    public static async Task<CustomerPage> ListAsync(TenantTransaction tx, string tenantId, CustomerFilter filter, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            SELECT {SummaryColumns} FROM customers
            WHERE tenant_id = $1 AND orders > 0
              AND ($2::text IS NULL OR segment = $2) AND ($3::text IS NULL OR abc_class = $3)
              AND ($4::text IS NULL OR lifecycle_stage = $4) AND ($5::text IS NULL OR account_manager_id = $5)
              AND ($6::text IS NULL OR name ILIKE $6 OR email ILIKE $6 OR customer_id ILIKE $6)
            ORDER BY {CustomerFilter.Sorts[filter.Sort]} LIMIT $7 OFFSET $8
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)filter.Segment ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)filter.Abc ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)filter.Stage ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)filter.ManagerId ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, TextSearch.Pattern(filter.Search));
        cmd.Parameters.AddWithValue(filter.Limit + 1);
        cmd.Parameters.AddWithValue(filter.Offset);
        var items = await ReadSummariesAsync(cmd, ct);
        var hasMore = items.Count > filter.Limit;
        return new CustomerPage(hasMore ? items[..filter.Limit] : items, filter.Offset, hasMore);
    }

    public static async Task<CustomerSummary?> FindAsync(TenantTransaction tx, string tenantId, string customerId, CancellationToken ct)
    {
        await using var cmd = tx.Command($"SELECT {SummaryColumns} FROM customers WHERE tenant_id = $1 AND customer_id = $2");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        return (await ReadSummariesAsync(cmd, ct)).SingleOrDefault();
    }

    public static async Task<List<SegmentHistoryEntry>> SegmentHistoryAsync(TenantTransaction tx, string tenantId, string customerId, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            SELECT from_segment, to_segment, moved_at, cause FROM segment_moves
            WHERE tenant_id = $1 AND customer_id = $2 ORDER BY moved_at DESC LIMIT 50
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        var history = new List<SegmentHistoryEntry>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            history.Add(new SegmentHistoryEntry(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3)));
        }
        return history;
    }

    public static async Task<List<CustomerAlert>> AlertsAsync(TenantTransaction tx, string tenantId, string customerId, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            SELECT id, kind, summary, status, raised_at FROM churn_alerts
            WHERE tenant_id = $1 AND customer_id = $2 ORDER BY raised_at DESC LIMIT 20
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        var alerts = new List<CustomerAlert>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            alerts.Add(new CustomerAlert(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return alerts;
    }

    /// <returns>False if the tenant has no such customer.</returns>
    public static async Task<bool> AssignManagerAsync(TenantTransaction tx, string tenantId, string customerId, string? managerId, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            WITH assigned AS (UPDATE customers SET account_manager_id = $3 WHERE tenant_id = $1 AND customer_id = $2 RETURNING customer_id)
            UPDATE churn_alerts a SET account_manager_id = $3 FROM assigned
            WHERE a.tenant_id = $1 AND a.customer_id = assigned.customer_id AND a.status <> 'resolved'
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        cmd.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)managerId ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
        return await FindAsync(tx, tenantId, customerId, ct) is not null;
    }

    private static async Task<List<CustomerSummary>> ReadSummariesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var items = new List<CustomerSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new CustomerSummary(
                reader.GetString(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetString(3), reader.GetStringOrNull(4), reader.GetStringOrNull(5),
                reader.GetInt32(6), reader.GetDecimal(7), reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                reader.IsDBNull(9) ? null : reader.GetDouble(9), reader.IsDBNull(10) ? null : reader.GetDouble(10),
                reader.IsDBNull(11) ? null : reader.GetInt16(11), reader.GetStringOrNull(12),
                reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13), reader.GetStringOrNull(14)));
        }
        return items;
    }

}
