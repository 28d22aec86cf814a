using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime;
using System.Text.Json;
using Npgsql;

namespace Saas.Bench;

/// <summary>
/// Imports a generated orders CSV through the HTTP API and measures it until the customers read model shows every
/// order: <c>import [rows=1000000] [ordersPerCustomer=5] [warm]</c> (one line per order). With <c>warm</c>, a small
/// file of other orders and customers goes through the same path first, so the timed import runs on compiled code
/// as on a node already in service; without, it pays the JIT of a node just started.
/// </summary>
internal static class ImportBench
{
    private const int WarmUpRows = 20_000;

    public static async Task<int> RunAsync(string admin, int rows, int ordersPerCustomer, bool warm)
    {
        var customers = Math.Max(1, rows / ordersPerCustomer);
        var path = Path.Combine(Path.GetTempPath(), $"saas-import-bench-{rows}.csv");
        WriteFile(path, rows, customers, idPrefix: "");
        // The import logs how long each of its phases took.
        await using var server = await BenchServer.StartAsync(admin, ("Logging:LogLevel:Saas.Server.Features.Imports", "Information"));
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
        await IngestBench.SignInAsync(browser, cookies, server);
        var token = cookies.GetCookies(browser.BaseAddress!)["XSRF-TOKEN"]!.Value;
        browser.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
        if (warm) await WarmUpAsync(browser, server);

        var (jitTime, jitMethods) = (JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        var clock = Stopwatch.StartNew();
        var (uploadSeconds, progress) = await ImportAsync(browser, path, clock);
        var importSeconds = clock.Elapsed.TotalSeconds;
        await IngestBench.WaitUntilAppliedAsync(server.Connection);
        var appliedSeconds = clock.Elapsed.TotalSeconds;

        await using var db = NpgsqlDataSource.Create(server.Connection);
        await using var count = db.CreateCommand("SELECT count(*), coalesce(sum(orders), 0) FROM customers WHERE tenant_id = $1 AND customer_id LIKE 'c-%'");
        count.Parameters.AddWithValue(server.TenantId);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine($"file: {rows:N0} order rows, {new FileInfo(path).Length / 1e6:N0} MB, {customers:N0} customers");
        Console.WriteLine($"upload (streamed into PostgreSQL)       {uploadSeconds,6:F1} s");
        Console.WriteLine($"import (parse, COPY, events appended)  {importSeconds,6:F1} s   state {progress.GetProperty("state").GetString()}, " +
                          $"{progress.GetProperty("newOrders").GetInt64():N0} new orders, {progress.GetProperty("badRows").GetInt64():N0} bad rows");
        Console.WriteLine($"applied (customers read model)         {appliedSeconds,6:F1} s   {reader.GetInt64(0):N0} customers showing {reader.GetInt64(1):N0} orders");
        // The server runs in this process (with the file writing above, a small part): the bytes it allocated are the
        // import's .NET cost in a figure that, unlike the times, does not move with the machine's load.
        Console.WriteLine($"server process: {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated, {GC.GetTotalPauseDuration().TotalSeconds:F1} s in GC pauses " +
                          $"(gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), " +
                          $"{Environment.CpuUsage.TotalTime.TotalSeconds:F1} s CPU, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; " +
                          $"JIT during the import {(JitInfo.GetCompilationTime() - jitTime).TotalSeconds:F1} s ({JitInfo.GetCompiledMethodCount() - jitMethods:N0} methods)");
        File.Delete(path);
        return reader.GetInt64(1) == rows && appliedSeconds < 60 ? 0 : 1;
    }

    /// <summary>A file of other orders and customers (ids "w…"), imported and applied before the timed one.</summary>
    private static async Task WarmUpAsync(HttpClient browser, BenchServer server)
    {
        var path = Path.Combine(Path.GetTempPath(), "saas-import-bench-warm-up.csv");
        WriteFile(path, WarmUpRows, WarmUpRows / 5, idPrefix: "w");
        var clock = Stopwatch.StartNew();
        await ImportAsync(browser, path, clock);
        await IngestBench.WaitUntilAppliedAsync(server.Connection);
        Console.WriteLine($"warm-up: {WarmUpRows:N0} other rows imported and applied in {clock.Elapsed.TotalSeconds:F1} s");
        File.Delete(path);
    }

    /// <summary>Uploads the file (streamed), starts it with the proposed mapping and polls it until it stops running.</summary>
    /// <returns>The seconds the upload took on <paramref name="clock"/>, and the import's last progress.</returns>
    private static async Task<(double UploadSeconds, JsonElement Progress)> ImportAsync(HttpClient browser, string path, Stopwatch clock)
    {
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var uploaded = await browser.PostAsync($"/api/v1/imports?kind=orders&fileName={Path.GetFileName(path)}", content);
        uploaded.EnsureSuccessStatusCode();
        var detail = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var uploadSeconds = clock.Elapsed.TotalSeconds;
        var id = detail.GetProperty("id").GetString();
        using var started = await browser.PostAsJsonAsync($"/api/v1/imports/{id}/start", new { mapping = detail.GetProperty("mapping") });
        started.EnsureSuccessStatusCode();
        JsonElement progress;
        do
        {
            await Task.Delay(250);
            progress = (await browser.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}")).GetProperty("progress");
        }
        while (progress.GetProperty("state").GetString() == "running");
        return (uploadSeconds, progress);
    }

    private static void WriteFile(string path, int rows, int customers, string idPrefix)
    {
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(path);
        writer.WriteLine("order id,customer id,date,total,currency,sku,category,quantity,price");
        for (var n = 0; n < rows; n++)
        {
            var total = 10 + n % 190;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{idPrefix}o-{n},{idPrefix}c-{n % customers},{start.AddMinutes(n):yyyy-MM-ddTHH:mm:ssZ},{total}.50,EUR,SKU-{n % 500},cat-{n % 12},1,{total}.50"));
        }
    }
}
