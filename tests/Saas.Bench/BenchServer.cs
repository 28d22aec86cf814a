using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Tenants;

namespace Saas.Bench;

/// <summary>The real server on a real port with a fresh database, a tenant, its API key and its owner.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string OwnerPassword = "bench-password-2026";

    private readonly string _admin;
    private readonly string _database = $"bench_{Guid.NewGuid():N}";
    private readonly WebApplicationFactory<Program> _factory;

    private BenchServer(string admin, string connection, int port, (string Key, string Value)[] settings)
    {
        _admin = admin;
        BaseUrl = $"http://localhost:{port}";
        Connection = connection;
        // A console app gets no content-root attribute from Mvc.Testing, so point it at the server project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SAAS_SERVER", Path.Combine(RepositoryRoot(), "src", "Saas.Server"));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production")
                .UseSetting("urls", BaseUrl)
                .UseSetting("ConnectionStrings:Saas", connection)
                .UseSetting("RateLimits:RequestsPerKeyPerMinute", "1000000")
                .UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });
        _factory.UseKestrel();
        _factory.StartServer();
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _factory.Services;

    public string Connection { get; }

    public string TenantId { get; private set; } = "";

    public string ApiKey { get; } = ApiKeys.Generate();

    public string OwnerEmail { get; } = "owner@bench.example.com";

    public static async Task<BenchServer> StartAsync(string admin, params (string Key, string Value)[] settings)
    {
        var database = $"bench_{Guid.NewGuid():N}";
        await using (var db = NpgsqlDataSource.Create(admin))
        await using (var create = db.CreateCommand($"CREATE DATABASE {database}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 100 }.ConnectionString;
        var server = new BenchServer(admin, connection, FreePort(), settings);
        await server.SeedAsync();
        return server;
    }

    private async Task SeedAsync()
    {
        var services = _factory.Services;
        var tenant = await services.GetRequiredService<TenantDirectory>().CreateAsync("bench", "Bench Shop", CancellationToken.None);
        TenantId = tenant.Id;
        await services.GetRequiredService<ApiKeys>().AddAsync(tenant.Id, "bench", ApiKey, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateInRoleAsync(OwnerEmail, OwnerPassword, Roles.TenantOwner, tenant.Id);
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Saas.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Run the bench from inside the repository.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await using var db = NpgsqlDataSource.Create(_admin);
        await using var drop = db.CreateCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(Connection).Database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
