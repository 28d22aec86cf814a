using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Saas.Server.Tests;

/// <summary>Every test class shares one server (and one database); each test makes its own tenants.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Server";
}

/// <summary>
/// The real server in memory (TestServer) on a fresh database <c>server_&lt;guid&gt;</c>, dropped at the end.
/// The PostgreSQL server comes from SAAS_TEST_PG (default: the test cluster on port 5434); SAAS_KEEP_TEST_DB=1
/// keeps the database for a look after a failure.
/// </summary>
public sealed class ServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5434;Username=saas";

    private readonly string _database = $"server_{Guid.NewGuid():N}";

    public ServerFixture()
    {
        var settings = ServerSettings();
        settings.Database = _database;
        ConnectionString = settings.ConnectionString;
    }

    public const int RequestsPerKeyPerMinute = 40;

    public const int WebhooksPerConnectionPerMinute = 60;

    public const string AdminEmail = "admin@platform.example.com";
    public const string AdminPassword = "admin-password-2026";

    public string ConnectionString { get; }

    /// <summary>The server's own data source: it connects as the owner, so row-level security does not apply.</summary>
    public NpgsqlDataSource Db => Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE {_database}");
        // Builds and starts the host: migrations run, the grain silo takes its partitions.
        _ = Services;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Environment.GetEnvironmentVariable("SAAS_KEEP_TEST_DB") != "1") await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Saas", ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        // Every request re-checks its session, so ended sessions fail at once in tests.
        builder.UseSetting("Sessions:RecheckInterval", "00:00:00");
        builder.UseSetting("RateLimits:RequestsPerKeyPerMinute", RequestsPerKeyPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:WebhooksPerConnectionPerMinute", WebhooksPerConnectionPerMinute.ToString(CultureInfo.InvariantCulture));
        // Every test signs in from the same (absent) address; RateLimitTests checks this limit on a host of its own.
        builder.UseSetting("RateLimits:AuthRequestsPerAddressPerMinute", "100000");
        builder.UseSetting("Platform:AdminEmail", AdminEmail);
        builder.UseSetting("Platform:AdminPassword", AdminPassword);
        builder.UseSetting("Grains:DispatchPollInterval", "00:00:00.050");
        builder.UseSetting("Grains:OutboxPollInterval", "00:00:00.100");
        // Models stay the defaults unless a test asks: no scheduled recomputation reshuffles segments mid-test.
        builder.UseSetting("Analysis:RecomputeInterval", "1.00:00:00");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Another node on the same database (its own grain node id), with settings of its own.</summary>
    public WebApplicationFactory<Program> AnotherNode(string nodeId, params (string Key, string Value)[] settings) => WithWebHostBuilder(web =>
    {
        web.UseSetting("Grains:NodeId", nodeId);
        foreach (var (key, value) in settings) web.UseSetting(key, value);
    });

        public async Task<T> ScalarAsync<T>(string sql, params object[] args)
    {
        await using var cmd = Db.CreateCommand(sql);
        foreach (var arg in args) cmd.Parameters.AddWithValue(arg);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows in the event log, all tenants or one.</summary>
    public Task<long> EventCountAsync(string? tenantId = null) => tenantId is null
        ? ScalarAsync<long>("SELECT count(*) FROM grain_events")
        : ScalarAsync<long>("SELECT count(*) FROM grain_events WHERE scope = $1", tenantId);

    private static NpgsqlConnectionStringBuilder ServerSettings() =>
        new(Environment.GetEnvironmentVariable("SAAS_TEST_PG") is { Length: > 0 } configured ? configured : DefaultServer);

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var settings = ServerSettings();
        settings.Database = "postgres";
        settings.Pooling = false;
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync();
    }
}
