using Npgsql;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Identities;

/// <summary>
/// Undoes a merge: the events the joined source id reported move back to a customer of its own (which rebuilds
/// from them, as does the remaining customer from what is left), its feedback rows follow, and its source id is
/// pinned so its own later reports do not merge it again.
/// </summary>
public sealed class CustomerSplit(NpgsqlDataSource db, EventLog log)
{
    /// <summary>Where an event names the customer that reported it: an order's customer.id, feedback's customerId.</summary>
    private const string ReportedCustomer = "coalesce(payload->'customer'->>'id', payload->>'customerId')";

    /// <returns>The customer given back, or null if the customer has no such merge in force.</returns>
    public async Task<string?> SplitAsync(string tenantId, string customerId, long mergeId, string requestedBy, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await LockMergeAsync(connection, tenantId, customerId, mergeId, ct) is not { } source) return null;
        var remaining = CustomerGrains.Of(tenantId, customerId);
        var reported = await ReportedByAsync(connection, remaining.Key, source, ct);
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.With("""
                UPDATE customer_identities SET customer_id = $2, pinned = true WHERE tenant_id = $1 AND kind = 'source' AND value = $2
                """, tenantId, source);
            batch.With("UPDATE customer_merges SET split_at = now(), split_by = $3 WHERE tenant_id = $1 AND id = $2", tenantId, mergeId, requestedBy);
            foreach (var (table, id) in IdentityMerges.FeedbackRows)
            {
                batch.With($"UPDATE {table} SET customer_id = $3 WHERE tenant_id = $1 AND customer_id = $2 AND {id} = ANY($4)",
                    tenantId, customerId, source, reported.FeedbackIds);
            }
            await batch.ExecuteNonQueryAsync(ct);
        }
        await log.MoveAsync(connection, remaining, CustomerGrains.Of(tenantId, source), reported.SourceIds, $"split/{mergeId}", ct);
        await transaction.CommitAsync(ct);
        return source;
    }

    /// <summary>Locks the merge, then the customer's identities, as intake locks identities before merging.</summary>
    private static async Task<string?> LockMergeAsync(NpgsqlConnection connection, string tenantId, string customerId, long mergeId, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
            .With("""
                SELECT source_customer_id FROM customer_merges
                WHERE tenant_id = $1 AND customer_id = $2 AND id = $3 AND split_at IS NULL FOR UPDATE
                """, tenantId, customerId, mergeId)
            .With("SELECT 1 FROM customer_identities WHERE tenant_id = $1 AND customer_id = $2 ORDER BY kind, value FOR UPDATE", tenantId, customerId);
        return await batch.ExecuteScalarAsync(ct) as string;
    }

    private static async Task<(string[] SourceIds, string[] FeedbackIds)> ReportedByAsync(
        NpgsqlConnection connection, string grainKey, string source, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT source_id, payload->>'id' FROM grain_events
            WHERE grain_type = $1 AND grain_key = $2 AND kind <> '{GrainRebuild.Kind}' AND {ReportedCustomer} = $3
            """, connection);
        cmd.Parameters.AddWithValue(CustomerGrain.TypeName);
        cmd.Parameters.AddWithValue(grainKey);
        cmd.Parameters.AddWithValue(source);
        var sourceIds = new List<string>();
        var feedbackIds = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sourceIds.Add(reader.GetString(0));
            if (!reader.IsDBNull(1)) feedbackIds.Add(reader.GetString(1));
        }
        return ([.. sourceIds], [.. feedbackIds]);
    }
}
