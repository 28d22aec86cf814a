using Npgsql;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identities;

namespace Saas.Server.Features.Privacy;

/// <summary>
/// Erases a customer on request (GDPR, Shopify's customers/redact): its events leave the event log (so no replay
/// brings it back) and its grain its state and reminders; its identities, merges, outbox messages and every
/// read-model row go; the audit log keeps who asked, when and why (docs/IDENTITIES.md).
/// </summary>
public sealed class CustomerErasure(NpgsqlDataSource db, EventLog log)
{
    /// <param name="customerId">The customer's id, or any shop customer id that was merged into it (a redact request names the shop's).</param>
    /// <param name="requestedBy">Who asked: a user's email, or the shop whose redact request this is.</param>
    /// <returns>False if the tenant has no such customer (nothing changed).</returns>
    public async Task<bool> EraseAsync(string tenantId, string customerId, string requestedBy, string reason, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        customerId = await IdentityRows.CustomerOfSourceAsync(connection, tenantId, customerId, ct) ?? customerId;
        var grain = CustomerGrains.Of(tenantId, customerId);
        if (!await LockAsync(connection, tenantId, customerId, grain.Key, ct)) return false;
        await using (var batch = new NpgsqlBatch(connection))
        {
            // Orders an import claimed for it, by the ids its files gave it (read before its identities go).
            batch.With("""
                    DELETE FROM imported_orders WHERE tenant_id = $1 AND customer_id IN (
                        SELECT value FROM customer_identities WHERE tenant_id = $1 AND customer_id = $2 AND kind = 'source' UNION SELECT $2)
                    """, tenantId, customerId)
                .With("DELETE FROM customer_identities WHERE tenant_id = $1 AND customer_id = $2", tenantId, customerId)
                .With("DELETE FROM customer_merges WHERE tenant_id = $1 AND (customer_id = $2 OR source_customer_id = $2)", tenantId, customerId)
                .With("DELETE FROM grain_outbox WHERE scope = $1 AND payload->>'customerId' = $2", tenantId, customerId)
                .With("DELETE FROM grain_dead_letters WHERE grain_type = $1 AND grain_key = $2", grain.Type, grain.Key)
                .With("""
                    INSERT INTO audit_log (actor_email, tenant_id, action, target) VALUES ($1, $2, 'customer.erase', $3)
                    """, requestedBy, tenantId, $"customer/{customerId}: {reason}");
            await batch.ExecuteNonQueryAsync(ct);
        }
        await CustomerReadModels.DeleteAsync(connection, tenantId, [customerId], ct);
        await log.EraseAsync(connection, grain, $"erase/{Guid.NewGuid():N}", ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Locks the customer's identities (as intake does before resolving) and says whether it exists at all.</summary>
    private static async Task<bool> LockAsync(NpgsqlConnection connection, string tenantId, string customerId, string grainKey, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            WITH locked AS (
                SELECT 1 FROM customer_identities WHERE tenant_id = $1 AND customer_id = $2 ORDER BY kind, value FOR UPDATE)
            SELECT EXISTS (SELECT 1 FROM locked)
                OR EXISTS (SELECT 1 FROM customers WHERE tenant_id = $1 AND customer_id = $2)
                OR EXISTS (SELECT 1 FROM grain_events WHERE grain_type = $4 AND grain_key = $3 AND kind <> $5)
            """, connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        cmd.Parameters.AddWithValue(grainKey);
        cmd.Parameters.AddWithValue(CustomerGrain.TypeName);
        cmd.Parameters.AddWithValue(GrainRebuild.Kind);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
