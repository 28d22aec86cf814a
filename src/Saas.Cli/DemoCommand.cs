using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Saas.Domain.Simulation;

namespace Saas.Cli;

/// <summary>saas demo: a simulated shop's history sent to a server (or written as CSV), then live orders.</summary>
internal static class DemoCommand
{
    private const int BatchSize = 1_000;

    public static async Task<int> RunAsync(DemoOptions options, TextWriter stdout, CancellationToken ct = default)
    {
        var now = DateTimeOffset.UtcNow;
        var simulator = new ShopSimulator(new ShopSimulation(options.Customers, now.AddDays(-365.25 * options.Years), now, options.Seed));
        if (options.Out is { } file)
        {
            await using var writer = new StreamWriter(file);
            using var csv = new OrdersCsvWriter(writer);
            var written = 0;
            foreach (var order in simulator.History().OfType<SimulatedOrder>())
            {
                csv.Write(order.Order);
                written++;
            }
            stdout.WriteLine($"wrote {written:N0} orders of {options.Customers:N0} customers to {file}");
            return 0;
        }
        using var http = new HttpClient { BaseAddress = options.Url };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        var clock = Stopwatch.StartNew();
        var (orders, feedback) = (0, 0);
        foreach (var batch in simulator.History().Chunk(BatchSize))
        {
            orders += await PostAsync(http, "/api/v1/orders", [.. batch.OfType<SimulatedOrder>().Select(o => DemoWire.Order(o.Order))], ct);
            feedback += await PostAsync(http, "/api/v1/feedback", [.. batch.OfType<SimulatedFeedback>().Select(f => DemoWire.Feedback(f.Feedback))], ct);
            stdout.WriteLine($"backfill: {orders:N0} orders, {feedback:N0} feedback sent ({orders / clock.Elapsed.TotalSeconds:N0} orders/s)");
        }
        if (options.Rate <= 0) return 0;
        stdout.WriteLine($"streaming {options.Rate} orders a second; Ctrl+C stops");
        var random = new Random(options.Seed);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / options.Rate));
        while (await timer.WaitForNextTickAsync(ct))
        {
            await PostAsync(http, "/api/v1/orders", [DemoWire.Order(simulator.Live(DateTimeOffset.UtcNow, random).Order)], ct);
        }
        return 0;
    }

    /// <returns>How many items were sent. A refusal stops the run with the server's answer; a rate limit waits and retries.</returns>
    private static async Task<int> PostAsync(HttpClient http, string path, JsonArray items, CancellationToken ct)
    {
        if (items.Count == 0) return 0;
        while (true)
        {
            using var response = await http.PostAsJsonAsync(path, items, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }
            return items.Count;
        }
    }
}
