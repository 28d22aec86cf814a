using Npgsql;
using Saas.Domain.Rfm;
using Saas.Grains.Checkpoints;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Writes the customers read model and the per-tenant segment counts in the grains' checkpoint transaction,
/// and emits each touched tenant's new counts to the outbox.
/// </summary>
public sealed class CustomerProjection : ICheckpointParticipant
{
    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        var customers = context.StatesOf<CustomerState>(CustomerGrain.TypeName).ToArray();
        if (customers.Length == 0) return;
        await UpsertCustomersAsync(context.Connection, customers, cancellationToken);
        var moves = context.Messages.Where(m => m.Kind == CustomerEvents.SegmentChanged)
            .Select(m => (Tenant: m.Scope, Move: context.Read<SegmentMove>(m))).ToArray();
        if (moves.Length == 0) return;
        await ApplyCountDeltasAsync(context.Connection, moves, cancellationToken);
        foreach (var (tenantId, counts) in await ReadCountsAsync(context.Connection, moves.Select(m => m.Tenant).Distinct(), cancellationToken))
        {
            context.Emit(tenantId, CustomerEvents.SegmentCounts, counts);
        }
    }

    private static async Task UpsertCustomersAsync(
        NpgsqlConnection connection, IReadOnlyList<(Grains.Core.GrainId Grain, CustomerState State)> customers, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO customers AS c (tenant_id, customer_id, email, name, phone, orders, revenue, currency,
                                        first_order_at, last_order_at, r, f, m, segment, segment_since, updated_at)
            SELECT t, id, e, n, ph, o, rev, cur, fo, lo, r, f, m, s, ss, now()
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::numeric[], $8::text[],
                        $9::timestamptz[], $10::timestamptz[], $11::smallint[], $12::smallint[], $13::smallint[], $14::text[], $15::timestamptz[])
                 AS u(t, id, e, n, ph, o, rev, cur, fo, lo, r, f, m, s, ss)
            ON CONFLICT (tenant_id, customer_id) DO UPDATE SET
                email = excluded.email, name = excluded.name, phone = excluded.phone, orders = excluded.orders,
                revenue = excluded.revenue, currency = excluded.currency, first_order_at = excluded.first_order_at,
                last_order_at = excluded.last_order_at, r = excluded.r, f = excluded.f, m = excluded.m,
                segment = excluded.segment, segment_since = excluded.segment_since, updated_at = excluded.updated_at
            """, connection);
        cmd.Parameters.AddWithValue(customers.Select(c => c.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => CustomerEvents.CustomerIdOf(c.Grain.Key)).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.Basics?.Email).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.Basics?.Name).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.Basics?.Phone).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.History.Orders).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.History.Revenue).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.Currency).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.History.FirstOrderAt).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.History.LastOrderAt).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => (short?)c.State.Score?.R).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => (short?)c.State.Score?.F).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => (short?)c.State.Score?.M).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.Segment.ToString()).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => c.State.SegmentSince).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ApplyCountDeltasAsync(
        NpgsqlConnection connection, IReadOnlyList<(string Tenant, SegmentMove Move)> moves, CancellationToken ct)
    {
        // A first order moves a customer out of Prospect, which has no row: prospects are not counted yet.
        var deltas = moves
            .SelectMany(m => new[] { (m.Tenant, Segment: m.Move.From, Delta: -1L), (m.Tenant, Segment: m.Move.To, Delta: 1L) })
            .Where(d => d.Segment != Segment.Prospect)
            .GroupBy(d => (d.Tenant, Segment: d.Segment.ToString()))
            .Select(g => (g.Key.Tenant, g.Key.Segment, Delta: g.Sum(d => d.Delta)))
            .OrderBy(d => d.Tenant, StringComparer.Ordinal).ThenBy(d => d.Segment, StringComparer.Ordinal)
            .ToArray();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO segment_counts AS c (tenant_id, segment, customers)
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
            ON CONFLICT (tenant_id, segment) DO UPDATE SET customers = c.customers + excluded.customers
            """, connection);
        cmd.Parameters.AddWithValue(deltas.Select(d => d.Tenant).ToArray());
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
}
