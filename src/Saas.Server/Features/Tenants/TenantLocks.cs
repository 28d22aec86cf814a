using Npgsql;

namespace Saas.Server.Features.Tenants;

/// <summary>
/// Holds tenants' rows (key share) until the caller's transaction ends, where a foreign key checked row by row would
/// cost a lookup and a lock per written row: a tenant being deleted waits for the transaction to end, and a tenant
/// already deleted fails the transaction rather than let it write rows nobody would delete.
/// </summary>
public static class TenantLocks
{
    public static async Task HoldAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tenantIds, CancellationToken ct)
    {
        var distinct = tenantIds.Distinct(StringComparer.Ordinal).ToArray();
        await using var cmd = new NpgsqlCommand("SELECT id FROM tenants WHERE id = ANY($1) ORDER BY id FOR KEY SHARE", connection);
        cmd.Parameters.AddWithValue(distinct);
        var held = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) held.Add(reader.GetString(0));
        }
        if (held.Count < distinct.Length)
        {
            throw new InvalidOperationException($"Tenant {distinct.First(id => !held.Contains(id))} no longer exists.");
        }
    }
}
