using Npgsql;
using Saas.Domain.Segments;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.CustomSegments;

/// <summary>Who a rule takes, and who a segment holds, read from the customers projection inside the caller's tenant scope.</summary>
public static class CustomSegmentQueries
{
    public const int SampleSize = 10;

    private const string CustomerColumns = "c.customer_id, c.name, c.email, c.segment, c.orders, c.revenue, c.last_order_at";

    public static async Task<RulePreview> PreviewAsync(TenantTransaction tx, string tenantId, SegmentRule rule, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = new SqlParameters();
        parameters.Add(tenantId);
        var condition = new RuleSql(parameters, parameters.Add(now)).Condition(rule);
        await using var cmd = parameters.AddTo(tx.Command($"""
            SELECT {CustomerColumns}, NULL::timestamptz, count(*) OVER ()
            FROM customers c WHERE c.tenant_id = $1 AND {condition}
            ORDER BY c.revenue DESC, c.customer_id LIMIT {SampleSize}
            """));
        var count = 0L;
        var sample = await ReadAsync(cmd, reader => count = reader.GetInt64(8), ct);
        return new RulePreview(count, sample);
    }

    /// <returns>Null when the tenant has no such segment.</returns>
    public static async Task<SegmentCustomerPage?> MembersAsync(TenantTransaction tx, string tenantId, long segmentId, int limit, int offset, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            SELECT {CustomerColumns}, m.since
            FROM custom_segments s
            LEFT JOIN LATERAL (
                SELECT * FROM custom_segment_members WHERE tenant_id = s.tenant_id AND segment_id = s.id
                ORDER BY since DESC, customer_id LIMIT $3 OFFSET $4) m ON true
            LEFT JOIN customers c ON c.tenant_id = m.tenant_id AND c.customer_id = m.customer_id
            WHERE s.tenant_id = $1 AND s.id = $2
            ORDER BY m.since DESC, m.customer_id
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(segmentId);
        cmd.Parameters.AddWithValue(limit + 1);
        cmd.Parameters.AddWithValue(offset);
        var found = false;
        var items = await ReadAsync(cmd, _ => found = true, ct);
        if (!found) return null;
        var hasMore = items.Count > limit;
        return new SegmentCustomerPage(hasMore ? items[..limit] : items, offset, hasMore);
    }

    /// <summary>Reads customer rows (a row without a customer only passes through <paramref name="each"/>).</summary>
    private static async Task<List<SegmentCustomer>> ReadAsync(NpgsqlCommand cmd, Action<NpgsqlDataReader> each, CancellationToken ct)
    {
        var customers = new List<SegmentCustomer>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            each(reader);
            if (reader.IsDBNull(0)) continue;
            customers.Add(new SegmentCustomer(reader.GetString(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2),
                reader.GetString(3), reader.GetInt32(4), reader.GetDecimal(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return customers;
    }
}
