using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace Saas.E2E;

/// <summary>
/// The real server on a real port with its own database and the demo shop streaming orders, and a headless
/// Debian Chromium driven by Playwright.
/// </summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    private static readonly string AdminConnection =
        Environment.GetEnvironmentVariable("SAAS_TEST_PG") ?? "Host=127.0.0.1;Port=5434;Username=saas;Database=postgres";

    private readonly string _database = $"e2e_{Guid.NewGuid():N}";
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string DemoEmail => "owner@e2e.example.com";

    public string DemoPassword => "e2e-password-2026";

    public async Task InitializeAsync()
    {
        await using (var admin = NpgsqlDataSource.Create(AdminConnection))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {_database}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database }.ConnectionString;
        var port = FreePort();
        BaseUrl = $"http://localhost:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("urls", BaseUrl)
            .UseSetting("ConnectionStrings:Saas", connection)
            .UseSetting("Demo:Enabled", "true")
            .UseSetting("Demo:Customers", "300")
            .UseSetting("Demo:OrdersPerSecond", "8")
            .UseSetting("SAAS_DEMO_EMAIL", DemoEmail)
            .UseSetting("SAAS_DEMO_PASSWORD", DemoPassword)
            .UseSetting("Grains:DispatchPollInterval", "00:00:00.050"));
        _factory.UseKestrel();
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SAAS_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await using var admin = NpgsqlDataSource.Create(AdminConnection);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
