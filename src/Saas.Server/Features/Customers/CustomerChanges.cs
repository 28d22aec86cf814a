using System.Text.Json;
using Npgsql;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Records committed customer transitions in the writer's transaction: the segment history, the per-tenant
/// segment counts, the stored alerts, and the outbox messages that push them live.
/// </summary>
public static class CustomerChanges
{
    public delegate void Emit(string tenantId, string kind, object payload);

    public static async Task WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<CustomerTransition> transitions, JsonSerializerOptions json, Emit emit, CancellationToken ct)
    {
        var moves = transitions.Where(t => t.Moved).ToArray();
        if (moves.Length > 0)
        {
            await InsertMovesAsync(connection, moves, ct);
            await ApplyCountDeltasAsync(connection, moves, ct);
            foreach (var move in moves)
            {
                emit(move.TenantId, CustomerEvents.SegmentChanged, new SegmentMove(move.CustomerId, move.CustomerName, move.From, move.To, move.At));
            }
            foreach (var (tenantId, counts) in await ReadCountsAsync(connection, moves.Select(m => m.TenantId).Distinct(), ct))
            {
                emit(tenantId, CustomerEvents.SegmentCounts, counts);
            }
        }
        var alerts = transitions.Where(t => t.Alert is not null).ToArray();
        if (alerts.Length > 0)
        {
            foreach (var alert in await InsertAlertsAsync(connection, alerts, json, ct)) emit(alert.TenantId, CustomerEvents.ChurnAlertRaised, alert.Message);
        }
    }

    private static async Task InsertMovesAsync(NpgsqlConnection connection, IReadOnlyList<CustomerTransition> moves, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO segment_moves (tenant_id, customer_id, from_segment, to_segment, moved_at, cause, customer_no)
            SELECT m.*, c.customer_no
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[])
                AS m (tenant_id, customer_id, from_segment, to_segment, moved_at, cause)
            -- One index lookup per move (LIMIT keeps the planner from hashing the tenant's whole customers table).
            CROSS JOIN LATERAL (
                SELECT customer_no FROM customers c WHERE c.tenant_id = m.tenant_id AND c.customer_id = m.customer_id LIMIT 1) c
            """, connection);
        cmd.Parameters.AddWithValue(moves.Select(m => m.TenantId).ToArray());
        cmd.Parameters.AddWithValue(moves.Select(m => m.CustomerId).ToArray());
        cmd.Parameters.AddWithValue(moves.Select(m => m.From.ToString()).ToArray());
        cmd.Parameters.AddWithValue(moves.Select(m => m.To.ToString()).ToArray());
        cmd.Parameters.AddWithValue(moves.Select(m => m.At).ToArray());
        cmd.Parameters.AddWithValue(moves.Select(m => m.Cause).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ApplyCountDeltasAsync(NpgsqlConnection connection, IReadOnlyList<CustomerTransition> moves, CancellationToken ct)
    {
        // A first order moves a customer out of Prospect, which has no row: prospects are not counted yet.
        var deltas = moves
            .SelectMany(m => new[] { (m.TenantId, Segment: m.From, Delta: -1L), (m.TenantId, Segment: m.To, Delta: 1L) })
            .Where(d => d.Segment != Segment.Prospect)
            .GroupBy(d => (d.TenantId, Segment: d.Segment.ToString()))
            .Select(g => (g.Key.TenantId, g.Key.Segment, Delta: g.Sum(d => d.Delta)))
            .OrderBy(d => d.TenantId, StringComparer.Ordinal).ThenBy(d => d.Segment, StringComparer.Ordinal)
            .ToArray();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO segment_counts AS c (tenant_id, segment, customers)
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
            ON CONFLICT (tenant_id, segment) DO UPDATE SET customers = c.customers + excluded.customers
            """, connection);
        cmd.Parameters.AddWithValue(deltas.Select(d => d.TenantId).ToArray());
        cmd.Parameters.AddWithValue(deltas.Select(d => d.Segment).ToArray());
        cmd.Parameters.AddWithValue(deltas.Select(d => d.Delta).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<Dictionary<string, List<SegmentCount>>> ReadCountsAsync(
        NpgsqlConnection connection, IEnumerable<string> tenants, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT tenant_id, segment, customers FROM segment_counts WHERE tenant_id = ANY($1) ORDER BY tenant_id, segment", connection);
        cmd.Parameters.AddWithValue(tenants.ToArray());
        var counts = new Dictionary<string, List<SegmentCount>>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var tenant = reader.GetString(0);
            if (!counts.TryGetValue(tenant, out var list)) counts[tenant] = list = [];
            list.Add(new SegmentCount(reader.GetString(1), reader.GetInt64(2)));
        }
        return counts;
    }

    private static async Task<List<(string TenantId, ChurnAlertMessage Message)>> InsertAlertsAsync(
        NpgsqlConnection connection, IReadOnlyList<CustomerTransition> alerts, JsonSerializerOptions json, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO churn_alerts (tenant_id, customer_id, customer_name, account_manager_id, kind, summary, reasons, raised_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::timestamptz[])
            RETURNING id
            """, connection);
        cmd.Parameters.AddWithValue(alerts.Select(a => a.TenantId).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.CustomerId).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.CustomerName).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.AccountManagerId).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.Alert!.Kind).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.Alert!.Summary).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => JsonSerializer.Serialize(a.Alert!.Reasons, json)).ToArray());
        cmd.Parameters.AddWithValue(alerts.Select(a => a.At).ToArray());
        var messages = new List<(string, ChurnAlertMessage)>(alerts.Count);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        // INSERT … SELECT FROM unnest returns its rows in input order.
        for (var i = 0; await reader.ReadAsync(ct); i++)
        {
            var a = alerts[i];
            messages.Add((a.TenantId, new ChurnAlertMessage(
                reader.GetInt64(0), a.CustomerId, a.CustomerName, a.AccountManagerId, a.Alert!.Kind, a.Alert.Summary, a.Alert.Reasons, a.At)));
        }
        return messages;
    }
}
