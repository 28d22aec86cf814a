using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace Saas.Bench;

/// <summary>Measures ingestion throughput and live-push delay: <c>ingest [orders=200000] [rate=2000] [seconds=20]</c>.</summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(string admin, int totalOrders, int rate, int seconds)
    {
        const int BatchSize = 5_000;
        const int Posters = 4;

        await using var server = await BenchServer.StartAsync(admin);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", server.ApiKey);

        // (a) Orders per second durably accepted through the batch endpoint.
        var placedAt = DateTimeOffset.UtcNow.AddDays(-30);
        var bodies = Enumerable.Range(0, totalOrders / BatchSize)
            .Select(b => OrderBatches.Build("tp", b * BatchSize, BatchSize, n => $"c-{n % 50_000}", placedAt)).ToArray();
        var accepted = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Posters }, async (body, ct) =>
        {
            using var response = await http.PostAsync("/api/v1/orders", Json(body), ct);
            response.EnsureSuccessStatusCode();
            var result = await response.Content.ReadFromJsonAsync<IngestAnswer>(ct);
            Interlocked.Add(ref accepted, result!.Accepted);
        });
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"(a) accepted {accepted:N0} orders in {ingestSeconds:F2} s = {accepted / ingestSeconds:N0} orders/s durably accepted " +
                          $"({Posters} clients, batches of {BatchSize:N0})");

        var drainSeconds = await WaitUntilAppliedAsync(server.Connection);
        Console.WriteLine($"    applied to grains (projection + outbox committed) {drainSeconds:F1} s after the last acknowledgement; " +
                          $"end-to-end apply rate {accepted / (ingestSeconds + drainSeconds):N0} orders/s");

        // (b) Delay from POST to the segmentChanged message at a SignalR client, at a steady rate.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(server.BaseUrl) };
        await SignInAsync(browser, cookies, server);
        await using var hub = await HubListener.ConnectAsync(server.BaseUrl, cookies);
        var sentAt = new ConcurrentDictionary<string, long>();
        var delays = new ConcurrentBag<double>();
        using var listening = new CancellationTokenSource();
        var listener = hub.ListenAsync((target, message) =>
        {
            if (target != "segmentChanged" || message.GetProperty("from").GetString() != "Prospect") return;
            if (sentAt.TryGetValue(message.GetProperty("customerId").GetString()!, out var start))
            {
                delays.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }, listening.Token);

        const int TicksPerSecond = 100;
        var perTick = Math.Max(1, rate / TicksPerSecond);
        var posts = new List<Task>();
        var sent = 0;
        using (var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(1000.0 / TicksPerSecond)))
        {
            var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * seconds;
            for (var tick = 0; Stopwatch.GetTimestamp() < until && await ticker.WaitForNextTickAsync(); tick++)
            {
                var first = tick * perTick;
                var body = OrderBatches.Build("lat", first, perTick, n => $"lat-{n}", DateTimeOffset.UtcNow);
                var start = Stopwatch.GetTimestamp();
                for (var n = first; n < first + perTick; n++) sentAt[$"lat-{n}"] = start;
                sent += perTick;
                posts.Add(http.PostAsync("/api/v1/orders", Json(body)).ContinueWith(t => t.Result.Dispose(), TaskScheduler.Default));
            }
        }
        await Task.WhenAll(posts);
        for (var wait = 0; wait < 100 && delays.Count < sent; wait++) await Task.Delay(100);
        await listening.CancelAsync();
        await listener;

        var sorted = delays.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine($"(b) {seconds} s at {perTick * TicksPerSecond:N0} orders/s: {sorted.Length:N0} of {sent:N0} segmentChanged messages received; " +
                          $"POST-to-client delay p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms, max {(sorted.Length > 0 ? sorted[^1] : double.NaN):F0} ms");
        return sorted.Length == sent ? 0 : 1;
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    internal static async Task SignInAsync(HttpClient browser, CookieContainer cookies, BenchServer server)
    {
        (await browser.GetAsync("/api/v1/auth/antiforgery")).EnsureSuccessStatusCode();
        var token = cookies.GetCookies(browser.BaseAddress!)["XSRF-TOKEN"]!.Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = server.OwnerEmail, password = BenchServer.OwnerPassword }),
        };
        login.Headers.Add("X-XSRF-TOKEN", token);
        (await browser.SendAsync(login)).EnsureSuccessStatusCode();
    }

    internal static async Task<double> WaitUntilAppliedAsync(string connection)
    {
        await using var db = NpgsqlDataSource.Create(connection);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // One index probe per partition: a scan of the whole log would compete with the work it waits for.
            await using var cmd = db.CreateCommand("""
                SELECT NOT EXISTS (SELECT 1 FROM grain_partition_cursors c WHERE EXISTS (
                    SELECT 1 FROM grain_events e WHERE e.partition = c.partition AND (e.tx_id, e.seq) > (c.tx::text::xid8, c.seq)))
                """);
            if ((bool)(await cmd.ExecuteScalarAsync())!) return clock.Elapsed.TotalSeconds;
            await Task.Delay(200);
        }
    }

    private sealed record IngestAnswer(int Accepted);
}
