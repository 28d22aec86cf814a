using Npgsql;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Connectors;

public sealed record ApiKeyOwner(string KeyId, string TenantId, string TenantStatus);

/// <summary>Connector API keys, stored as <see cref="SecretTokens"/> hashes.</summary>
public sealed class ApiKeys(NpgsqlDataSource db)
{
    private const string Prefix = "sk_";

    public static string Generate() => SecretTokens.Generate(Prefix);

    /// <summary>Stores a key for the tenant; <paramref name="key"/> is shown to the user once and never stored.</summary>
    public async Task<string> AddAsync(string tenantId, string name, string key, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        await using var cmd = db.CreateCommand(
            "INSERT INTO api_keys (id, tenant_id, name, key_hash, key_prefix) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key_hash) DO NOTHING");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(Hash(key));
        cmd.Parameters.AddWithValue(PrefixOf(key));
        await cmd.ExecuteNonQueryAsync(ct);
        return id;
    }

    /// <summary>Stores a key inside the caller's tenant transaction; <paramref name="key"/> is never stored.</summary>
    /// <returns>The key's id and creation time.</returns>
    public static async Task<(string Id, DateTimeOffset CreatedAt)> InsertAsync(
        TenantTransaction tx, string tenantId, string name, string key, CancellationToken ct)
    {
        await using var cmd = tx.Command(
            "INSERT INTO api_keys (id, tenant_id, name, key_hash, key_prefix) VALUES ($1, $2, $3, $4, $5) RETURNING created_at");
        var id = Guid.NewGuid().ToString("N");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(Hash(key));
        cmd.Parameters.AddWithValue(PrefixOf(key));
        return (id, (DateTime)(await cmd.ExecuteScalarAsync(ct))!);
    }

    /// <returns>The key's tenant, or null for an unknown or revoked key.</returns>
    public async Task<ApiKeyOwner?> FindAsync(string key, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH used AS (
                UPDATE api_keys SET last_used_at = now()
                WHERE key_hash = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
            SELECT k.id, k.tenant_id, t.status FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
            WHERE k.key_hash = $1 AND k.revoked_at IS NULL
            """);
        cmd.Parameters.AddWithValue(Hash(key));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ApiKeyOwner(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public static byte[] Hash(string key) => SecretTokens.Hash(key);

    /// <summary>Enough of the key for the owner to tell keys apart, too little to guess the rest.</summary>
    public static string PrefixOf(string key) => key[..Math.Min(10, key.Length)];
}
