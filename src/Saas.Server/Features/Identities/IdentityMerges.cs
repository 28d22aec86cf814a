using Npgsql;
using Saas.Grains.Events;

namespace Saas.Server.Features.Identities;

/// <summary>
/// Makes one customer of two, in the caller's transaction: every identity of the joining customer now names the
/// remaining one, the merge is recorded, its feedback rows are re-assigned, and its events move to the remaining
/// customer's grain, which rebuilds from the union while the joining grain is removed with its read-model rows
/// (<see cref="RebuiltCustomerProjection"/>).
/// </summary>
public sealed class IdentityMerges(EventLog log)
{
    /// <summary>The feedback rows that name their customer, and their id column.</summary>
    public static readonly IReadOnlyList<(string Table, string Id)> FeedbackRows =
        [("ratings", "rating_id"), ("complaints", "complaint_id"), ("inquiries", "inquiry_id"), ("contacts", "contact_id")];

    public async Task MergeAsync(NpgsqlConnection connection, string tenantId, string joining, string into, IdentityKey matched, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.With("""
            INSERT INTO customer_merges (tenant_id, customer_id, source_customer_id, matched_kind, matched_value)
            VALUES ($1, $3, $2, $4, $5) RETURNING id
            """, tenantId, joining, into, matched.Kind, matched.Value);
        batch.With("UPDATE customer_identities SET customer_id = $3 WHERE tenant_id = $1 AND customer_id = $2", tenantId, joining, into);
        batch.With("UPDATE customer_merges SET customer_id = $3 WHERE tenant_id = $1 AND customer_id = $2 AND split_at IS NULL", tenantId, joining, into);
        foreach (var (table, _) in FeedbackRows)
        {
            batch.With($"UPDATE {table} SET customer_id = $3 WHERE tenant_id = $1 AND customer_id = $2", tenantId, joining, into);
        }
        var mergeId = (long)(await batch.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException("The merge was not recorded."));
        await log.MoveAsync(connection, CustomerGrains.Of(tenantId, joining), CustomerGrains.Of(tenantId, into), null, $"merge/{mergeId}", ct);
    }
}
