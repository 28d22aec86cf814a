using Npgsql;

namespace Saas.Server.Infrastructure.Postgres;

/// <summary>
/// Opens a transaction that acts for one tenant: role saas_app with app.tenant_id set, so row-level security
/// filters every statement in it. Request handlers read tenant data only through this.
/// </summary>
public sealed class TenantScope(NpgsqlDataSource db)
{
    public async Task<TenantTransaction> BeginAsync(string tenantId, CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, true), set_config('role', 'saas_app', true)", connection);
            cmd.Parameters.AddWithValue(tenantId);
            await cmd.ExecuteNonQueryAsync(ct);
            return new TenantTransaction(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

public sealed class TenantTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
