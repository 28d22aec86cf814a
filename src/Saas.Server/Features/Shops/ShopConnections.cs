using Npgsql;

namespace Saas.Server.Features.Shops;

/// <summary>A connection as a webhook delivery needs it; <see cref="Secret"/> is still encrypted.</summary>
public sealed record WebhookConnection(string Id, string TenantId, string TenantStatus, byte[] Secret);

/// <summary>Finds the connection a webhook names, before anyone knows its tenant: the signature then proves the sender.</summary>
public sealed class ShopConnections(NpgsqlDataSource db)
{
    /// <returns>The connection, or null if there is none of that platform with that id (or it has no secret).</returns>
    public async Task<WebhookConnection?> FindAsync(string id, string platform, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT c.id, c.tenant_id, t.status, c.secret_protected FROM shop_connections c JOIN tenants t ON t.id = c.tenant_id
            WHERE c.id = $1 AND c.platform = $2 AND c.secret_protected IS NOT NULL
            """);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(platform);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new WebhookConnection(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3))
            : null;
    }
}
