using Npgsql;
using Saas.Domain.Segments;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Server.Features.Customers;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// What a saved definition means for the customers the tenant already has, set-based over the customers
/// projection in the saving transaction: who is in the segment from now on, and who must be woken before their
/// next review because time alone would move them across the rule.
/// </summary>
public static class ExistingCustomers
{
    /// <summary>Members keep the moment they joined; the count is set from the rows (no checkpoint of the tenant is open).</summary>
    /// <returns>The segment's members.</returns>
    public static async Task<long> MatchAsync(TenantTransaction tx, string tenantId, long segmentId, SegmentRule rule, DateTimeOffset now, CancellationToken ct)
    {
        await ExecuteAsync(tx, tenantId, segmentId, now, rule, condition => $"""
            DELETE FROM custom_segment_members m USING customers c
            WHERE m.tenant_id = $1 AND m.segment_id = $2 AND c.tenant_id = m.tenant_id AND c.customer_id = m.customer_id AND NOT {condition}
            """, ct);
        await ExecuteAsync(tx, tenantId, segmentId, now, rule, condition => $"""
            INSERT INTO custom_segment_members (tenant_id, customer_id, segment_id, since)
            SELECT c.tenant_id, c.customer_id, $2, $3 FROM customers c WHERE c.tenant_id = $1 AND {condition}
            ON CONFLICT DO NOTHING
            """, ct);
        await using var count = tx.Command("""
            UPDATE custom_segments SET members = (SELECT count(*) FROM custom_segment_members WHERE tenant_id = $1 AND segment_id = $2)
            WHERE tenant_id = $1 AND id = $2 RETURNING members
            """);
        count.Parameters.AddWithValue(tenantId);
        count.Parameters.AddWithValue(segmentId);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Brings the review reminder of each customer whom the rule would move with time before the next review
    /// forward to that moment; the grain then evaluates the rule and keeps its reminder from there.
    /// </summary>
    public static async Task WakeBeforeTimeMovesAsync(
        TenantTransaction tx, string tenantId, SegmentRule rule, DateTimeOffset now, PartitionMap partitions, CancellationToken ct)
    {
        var parameters = new SqlParameters();
        parameters.Add(tenantId);
        if (new RuleSql(parameters, parameters.Add(now)).NextChange(rule) is not { } nextChange) return;
        var due = new List<(GrainId Grain, DateTimeOffset At)>();
        await using (var select = parameters.AddTo(tx.Command($"""
            SELECT customer_id, due FROM (SELECT c.customer_id, c.next_review_at, {nextChange} AS due FROM customers c WHERE c.tenant_id = $1) s
            WHERE due < coalesce(next_review_at, 'infinity')
            """)))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                due.Add((new GrainId(CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, reader.GetString(0))), reader.GetFieldValue<DateTimeOffset>(1)));
            }
        }
        if (due.Count == 0) return;
        await using var upsert = tx.Command("""
            INSERT INTO grain_reminders AS r (grain_type, grain_key, name, scope, partition, due_at)
            SELECT $1, u.k, $2, $3, u.p, u.d FROM unnest($4::text[], $5::int[], $6::timestamptz[]) AS u(k, p, d)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = least(r.due_at, excluded.due_at)
            """);
        upsert.Parameters.AddWithValue(CustomerGrain.TypeName);
        upsert.Parameters.AddWithValue(CustomerGrain.ReviewReminder);
        upsert.Parameters.AddWithValue(tenantId);
        upsert.Parameters.AddWithValue(due.Select(d => d.Grain.Key).ToArray());
        upsert.Parameters.AddWithValue(due.Select(d => partitions.PartitionOf(d.Grain)).ToArray());
        upsert.Parameters.AddWithValue(due.Select(d => d.At).ToArray());
        await upsert.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(
        TenantTransaction tx, string tenantId, long segmentId, DateTimeOffset now, SegmentRule rule, Func<string, string> sql, CancellationToken ct)
    {
        var parameters = new SqlParameters();
        parameters.Add(tenantId);
        parameters.Add(segmentId);
        var condition = new RuleSql(parameters, parameters.Add(now)).Condition(rule);
        await using var cmd = parameters.AddTo(tx.Command(sql(condition)));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
