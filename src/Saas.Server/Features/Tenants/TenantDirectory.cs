using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Grains.Hosting;
using Saas.Server.Features.Imports;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

public sealed record Tenant(string Id, string Slug, string Name, string Status)
{
    public const string Active = "active";
    public const string Suspended = "suspended";
}

/// <summary>Creates and finds tenants. Platform-level: tenants are looked up before any tenant is known.</summary>
public sealed class TenantDirectory(NpgsqlDataSource db, GrainRuntime grains, IOptions<AnalysisOptions> analysis, TimeProvider time)
{
    public Task<Tenant?> FindBySlugAsync(string slug, CancellationToken ct) => FindWhereAsync("slug", slug, ct);

    public Task<Tenant?> FindAsync(string id, CancellationToken ct) => FindWhereAsync("id", id, ct);

    /// <summary>Creates the tenant and schedules the periodic recomputation of its model.</summary>
    public async Task<Tenant> CreateAsync(string slug, string name, CancellationToken ct)
    {
        var tenant = new Tenant(Guid.NewGuid().ToString("N"), slug, name, Tenant.Active);
        await using var cmd = db.CreateCommand("INSERT INTO tenants (id, slug, name) VALUES ($1, $2, $3)");
        cmd.Parameters.AddWithValue(tenant.Id);
        cmd.Parameters.AddWithValue(slug);
        cmd.Parameters.AddWithValue(name);
        await cmd.ExecuteNonQueryAsync(ct);
        var interval = analysis.Value.RecomputeInterval;
        await grains.RegisterReminderAsync<ITenantGrain>(tenant.Id, TenantGrain.RecomputeReminder, time.GetUtcNow() + interval, interval);
        return tenant;
    }

    /// <returns>False if there is no such tenant.</returns>
    public async Task<bool> SetStatusAsync(string id, string status, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("UPDATE tenants SET status = $2 WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(status);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>
    /// Removes the tenant and everything it owns in one transaction: its members, keys and most read models (by
    /// foreign key) and its events, grain states, outbox, reminders and dead letters (by scope, with its imports'
    /// progress scope), and the tables no foreign key slows in bulk (by tenant id): imports' staging rows and claimed
    /// orders, the customers and their identities, and the rows a customer's checkpoint writes beside the customer.
    /// </summary>
    public Task DeleteAsync(string id, CancellationToken ct) =>
        // A checkpoint of the tenant's customers can be writing what this deletes, in its own order; one gives way.
        DeadlockRetry.RunAsync(() => DeleteOnceAsync(id, ct));

    private async Task DeleteOnceAsync(string id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var table in ScopedRuntimeTables)
        {
            await using var purge = new NpgsqlCommand($"DELETE FROM {table} WHERE scope = ANY($1)", connection);
            purge.Parameters.AddWithValue(new[] { id, ImportProgressReporter.ScopeOf(id) });
            await purge.ExecuteNonQueryAsync(ct);
        }
        // The tenant's row goes first. Deleting it waits for any checkpoint, intake or claim still writing for the tenant
        // (each holds the tenant row's key, TenantLocks), so the statements after it see everything those wrote.
        await using (var tenant = new NpgsqlCommand("DELETE FROM tenants WHERE id = $1", connection))
        {
            tenant.Parameters.AddWithValue(id);
            await tenant.ExecuteNonQueryAsync(ct);
        }
        foreach (var table in UnkeyedTenantTables)
        {
            await using var purge = new NpgsqlCommand($"DELETE FROM {table} WHERE tenant_id = $1", connection);
            purge.Parameters.AddWithValue(id);
            await purge.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static readonly string[] ScopedRuntimeTables =
        ["grain_events", "grain_state", "grain_outbox", "grain_scope_sequences", "grain_reminders", "grain_dead_letters"];

    private static readonly string[] UnkeyedTenantTables =
        [
            "import_order_rows", "import_customer_rows", "imported_orders", "customers", "customer_identities",
            "customer_categories", "customer_profits", "segment_moves",
        ];

    private async Task<Tenant?> FindWhereAsync(string column, string value, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT id, slug, name, status FROM tenants WHERE {column} = $1");
        cmd.Parameters.AddWithValue(value);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new Tenant(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)) : null;
    }
}
