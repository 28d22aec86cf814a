using Npgsql;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Features.Identities;

/// <summary>An identity's stored row: the customer it belongs to and since when.</summary>
public sealed record IdentityRow(string Owner, DateTimeOffset CreatedAt);

/// <summary>customer_identities, read and written in the caller's transaction.</summary>
public static class IdentityRows
{
    /// <summary>
    /// Inserts the identities not yet known (each belonging to its candidate) and locks all of them, in key order so
    /// that concurrent intakes queue instead of deadlocking; answers every identity's row as it now stands.
    /// </summary>
    public static async Task<Dictionary<IdentityKey, IdentityRow>> ClaimAsync(
        NpgsqlConnection connection, string tenantId, IReadOnlyList<(IdentityKey Key, string Candidate)> claims, CancellationToken ct)
    {
        await TenantLocks.HoldAsync(connection, [tenantId], ct);
        var sorted = claims.OrderBy(c => c.Key.Kind, StringComparer.Ordinal).ThenBy(c => c.Key.Value, StringComparer.Ordinal).ToArray();
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO customer_identities AS i (tenant_id, kind, value, customer_id)
            SELECT $1, kind, value, candidate FROM unnest($2::text[], $3::text[], $4::text[]) AS u(kind, value, candidate) ORDER BY kind, value
            ON CONFLICT (tenant_id, kind, value) DO UPDATE SET customer_id = i.customer_id
            RETURNING kind, value, customer_id, created_at
            """, connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(sorted.Select(c => c.Key.Kind).ToArray());
        cmd.Parameters.AddWithValue(sorted.Select(c => c.Key.Value).ToArray());
        cmd.Parameters.AddWithValue(sorted.Select(c => c.Candidate).ToArray());
        var rows = new Dictionary<IdentityKey, IdentityRow>(sorted.Length);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows[new IdentityKey(reader.GetString(0), reader.GetString(1))] = new IdentityRow(reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
        }
        return rows;
    }

    /// <summary>The customer a shop's customer id belongs to now, if it is known.</summary>
    public static async Task<string?> CustomerOfSourceAsync(NpgsqlConnection connection, string tenantId, string sourceId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT customer_id FROM customer_identities WHERE tenant_id = $1 AND kind = $2 AND value = $3", connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(IdentityKey.Source);
        cmd.Parameters.AddWithValue(sourceId);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>Which of these customers own a source id a split gave back (they never join another customer).</summary>
    public static async Task<HashSet<string>> PinnedOwnersAsync(NpgsqlConnection connection, string tenantId, IReadOnlyList<string> customers, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT DISTINCT customer_id FROM customer_identities WHERE tenant_id = $1 AND customer_id = ANY($2) AND pinned", connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customers.ToArray());
        var pinned = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) pinned.Add(reader.GetString(0));
        return pinned;
    }
}
