using Npgsql;
using Saas.Grains.Schema;

namespace Saas.Grains.Tests;

/// <summary>
/// A fresh database per test class, with the grain runtime's schema applied; dropped at the end.
/// The server comes from SAAS_TEST_PG (default: the test cluster on port 5434).
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5434;Username=saas";

    private string _name = "";

    public string ConnectionString { get; private set; } = "";

    /// <summary>Connections of the test itself (application name "tests"), for setup and assertions.</summary>
    public NpgsqlDataSource Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _name = $"grains_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE {_name}");
        var builder = ServerSettings();
        builder.Database = _name;
        builder.ApplicationName = "tests";
        ConnectionString = builder.ConnectionString;
        Admin = NpgsqlDataSource.Create(ConnectionString);
        await SchemaMigrator.ApplyGrainRuntimeAsync(Admin, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Admin.DisposeAsync();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    public async Task ExecuteAsync(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> ColumnAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Command(sql, args);
        await using var reader = await cmd.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync()) values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    private NpgsqlCommand Command(string sql, object[] args)
    {
        var cmd = Admin.CreateCommand(sql);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        return cmd;
    }

    private static NpgsqlConnectionStringBuilder ServerSettings() =>
        new(Environment.GetEnvironmentVariable("SAAS_TEST_PG") is { Length: > 0 } configured ? configured : DefaultServer);

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = ServerSettings();
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
