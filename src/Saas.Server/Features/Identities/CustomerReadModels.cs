using Npgsql;

namespace Saas.Server.Features.Identities;

/// <summary>
/// Every read-model row about one customer, for a customer that is gone (merged into another, or erased). The
/// counts derived from them follow (segment counts, custom segment members, revenue buckets, analysis totals);
/// the anonymous pre-aggregates (category sales, baskets, pairs, cohorts, segment flows, weekly snapshots) keep
/// what the customer added to them (docs/IDENTITIES.md).
/// </summary>
public static class CustomerReadModels
{
    /// <summary>The per-customer tables that only need their rows deleted.</summary>
    public static readonly IReadOnlyList<string> PlainTables =
        ["customer_categories", "segment_moves", "churn_alerts", "customer_feedback", "ratings", "complaints", "inquiries", "contacts"];

    public static async Task DeleteAsync(NpgsqlConnection connection, string tenantId, IReadOnlyList<string> customerIds, CancellationToken ct)
    {
        if (customerIds.Count == 0) return;
        var ids = customerIds.Order(StringComparer.Ordinal).ToArray();
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.With("""
                WITH gone AS (DELETE FROM customers WHERE tenant_id = $1 AND customer_id = ANY($2) RETURNING segment)
                INSERT INTO segment_counts AS c (tenant_id, segment, customers)
                SELECT $1, segment, -count(*) FROM gone GROUP BY segment ORDER BY segment
                ON CONFLICT (tenant_id, segment) DO UPDATE SET customers = c.customers + excluded.customers
                """, tenantId, ids);
            batch.With("""
                WITH gone AS (DELETE FROM custom_segment_members WHERE tenant_id = $1 AND customer_id = ANY($2) RETURNING segment_id)
                UPDATE custom_segments s SET members = s.members - g.n
                FROM (SELECT segment_id, count(*) AS n FROM gone GROUP BY segment_id) g WHERE s.id = g.segment_id
                """, tenantId, ids);
            foreach (var table in PlainTables)
            {
                batch.With($"DELETE FROM {table} WHERE tenant_id = $1 AND customer_id = ANY($2)", tenantId, ids);
            }
            await batch.ExecuteNonQueryAsync(ct);
        }
        await CustomerProfitRows.RemoveAsync(connection, tenantId, ids, ct);
    }
}
