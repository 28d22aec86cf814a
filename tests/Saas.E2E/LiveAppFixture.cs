using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Npgsql;

namespace Saas.E2E;

/// <summary>
/// The real server on a real port with its own database, the demo shop streaming orders and a platform admin,
/// and a headless Debian Chromium driven by Playwright. Mail stays in the outbox (no SMTP), with links to this server.
/// </summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    private static readonly string AdminConnection =
        Environment.GetEnvironmentVariable("SAAS_TEST_PG") ?? "Host=127.0.0.1;Port=5434;Username=saas;Database=postgres";

    private readonly string _database = $"e2e_{Guid.NewGuid():N}";
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private NpgsqlDataSource? _db;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string DemoEmail => "owner@e2e.example.com";

    public string DemoPassword => "e2e-password-2026";

    /// <summary>The demo tenant's name, as the demo seeder creates it.</summary>
    public string DemoCompany => "Demo Tea House";

    public string AdminEmail => "admin@e2e.example.com";

    public string AdminPassword => "e2e-admin-password-2026";

    public async Task InitializeAsync()
    {
        await using (var admin = NpgsqlDataSource.Create(AdminConnection))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {_database}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database }.ConnectionString;
        _db = NpgsqlDataSource.Create(connection);
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
            .UseSetting("Platform:AdminEmail", AdminEmail)
            .UseSetting("Platform:AdminPassword", AdminPassword)
            .UseSetting("Mail:PublicUrl", BaseUrl)
            // Every journey signs in from 127.0.0.1, within the same minute.
            .UseSetting("RateLimits:AuthRequestsPerAddressPerMinute", "200")
            .UseSetting("Grains:DispatchPollInterval", "00:00:00.050"));
        _factory.UseKestrel();
        _factory.StartServer();
        // Pages assert what they show, waiting for it; a loaded CI machine gets more than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SAAS_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a browser context of its own (its own cookies: one person), in English.</summary>
    public Task<IPage> NewPageAsync() => Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });

    /// <summary>
    /// The link to this app in the newest mail to <paramref name="recipient"/>. Mail is queued before the request
    /// that sends it answers, so once the page shows that request's success, the mail is there.
    /// </summary>
    public async Task<string> MailedLinkAsync(string recipient)
    {
        await using var cmd = _db!.CreateCommand("SELECT body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1");
        cmd.Parameters.AddWithValue(recipient);
        var body = await cmd.ExecuteScalarAsync() as string ?? throw new InvalidOperationException($"No mail to {recipient}");
        var link = Regex.Match(body, Regex.Escape(BaseUrl) + @"/\S+");
        return link.Success ? link.Value : throw new InvalidOperationException($"The mail to {recipient} has no link to the app:\n{body}");
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
        if (_db is not null) await _db.DisposeAsync();
        await using var admin = NpgsqlDataSource.Create(AdminConnection);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>One server and one browser for every journey: they run one after the other, each as its own people.</summary>
[CollectionDefinition(Name)]
public sealed class LiveAppCollection : ICollectionFixture<LiveAppFixture>
{
    public const string Name = "Live app";
}
