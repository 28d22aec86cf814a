using Saas.Server.Features.Connectors;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Shops;

/// <summary>A new connection and its own API key (for the REST path), in the caller's tenant transaction.</summary>
public sealed record NewShopConnection(string Id, string Platform, string Name, string? ShopDomain, string? Secret);

public sealed class ShopConnectionStore(WebhookSecrets secrets)
{
    /// <param name="key">The connection's API key, stored hashed.</param>
    /// <returns>When the connection was created.</returns>
    public async Task<DateTimeOffset> InsertAsync(TenantTransaction tx, string tenantId, NewShopConnection connection, string key, CancellationToken ct)
    {
        var (keyId, createdAt) = await ApiKeys.InsertAsync(tx, tenantId, $"Shop: {connection.Name}", key, ct);
        await using var cmd = tx.Command("""
            INSERT INTO shop_connections (id, tenant_id, platform, name, shop_domain, secret_protected, api_key_id, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """);
        cmd.Parameters.AddWithValue(connection.Id);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(connection.Platform);
        cmd.Parameters.AddWithValue(connection.Name);
        cmd.Parameters.AddWithValue((object?)connection.ShopDomain ?? DBNull.Value);
        cmd.Parameters.AddWithValue(connection.Secret is null ? DBNull.Value : secrets.Protect(connection.Secret));
        cmd.Parameters.AddWithValue(keyId);
        cmd.Parameters.AddWithValue(createdAt);
        await cmd.ExecuteNonQueryAsync(ct);
        return createdAt;
    }
}
