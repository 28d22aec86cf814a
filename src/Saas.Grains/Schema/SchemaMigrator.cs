using System.Reflection;
using Npgsql;

namespace Saas.Grains.Schema;

/// <summary>
/// Applies an assembly's embedded SQL scripts in name order, each once, each in its own transaction. A session
/// advisory lock makes nodes that start together take turns.
/// </summary>
public static class SchemaMigrator
{
    private const long MigrationLock = 0x5A4D_4947;

    public static Task ApplyGrainRuntimeAsync(NpgsqlDataSource db, CancellationToken ct) =>
        ApplyAsync(db, typeof(SchemaMigrator).Assembly, "grains", ct);

    /// <param name="module">Prefixes each script's version, so several assemblies can share the history table.</param>
    public static async Task ApplyAsync(NpgsqlDataSource db, Assembly assembly, string module, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLock})", ct);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            foreach (var (version, sql) in Scripts(assembly, module))
            {
                await ApplyOnceAsync(connection, version, sql, ct);
            }
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
        }
    }

    private static async Task ApplyOnceAsync(NpgsqlConnection connection, string version, string sql, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var check = new NpgsqlCommand("SELECT 1 FROM schema_migrations WHERE version = $1", connection);
        check.Parameters.AddWithValue(version);
        if (await check.ExecuteScalarAsync(ct) is not null) return;
        await ExecuteAsync(connection, sql, ct);
        await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ($1)", connection);
        record.Parameters.AddWithValue(version);
        await record.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static IEnumerable<(string Version, string Sql)> Scripts(Assembly assembly, string module)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = string.Join('.', name.Split('.')[^2..]);
            yield return ($"{module}/{file}", reader.ReadToEnd());
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
