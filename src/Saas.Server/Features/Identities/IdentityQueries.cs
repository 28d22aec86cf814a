using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Identities;

public static class IdentityQueries
{
    public static async Task<CustomerIdentities> OfAsync(TenantTransaction tx, string tenantId, string customerId, CancellationToken ct)
    {
        await using var identities = tx.Command("""
            SELECT kind, value, created_at FROM customer_identities WHERE tenant_id = $1 AND customer_id = $2 ORDER BY kind, value
            """);
        identities.Parameters.AddWithValue(tenantId);
        identities.Parameters.AddWithValue(customerId);
        var found = new List<CustomerIdentity>();
        await using (var reader = await identities.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) found.Add(new CustomerIdentity(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }
        await using var merges = tx.Command("""
            SELECT id, source_customer_id, matched_kind, matched_value, merged_at, split_at, split_by FROM customer_merges
            WHERE tenant_id = $1 AND customer_id = $2 ORDER BY merged_at DESC, id DESC
            """);
        merges.Parameters.AddWithValue(tenantId);
        merges.Parameters.AddWithValue(customerId);
        var joined = new List<CustomerMerge>();
        await using (var reader = await merges.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                joined.Add(new CustomerMerge(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.GetStringOrNull(6)));
            }
        }
        return new CustomerIdentities(found, joined);
    }
}
