using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Saas.Domain.Orders;
using Saas.Domain.Simulation;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Feedback;
using Saas.Server.Options;

namespace Saas.Server.Features.Demo;

/// <summary>
/// Seeds the demo tenant, backfills the simulated shop's history once (orders, returns and feedback through the
/// intakes, fast), then streams live orders as signed Shopify webhooks to this server's own webhook URL.
/// </summary>
public sealed partial class DemoTraffic(
    DemoSeeder seeder, OrderIntake orders, FeedbackIntake feedback, IServer server, IHostApplicationLifetime lifetime,
    IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoTraffic> logger)
    : BackgroundService
{
    private const int BatchSize = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        var tenant = await seeder.EnsureAsync(stoppingToken);
        var now = time.GetUtcNow();
        var simulator = new ShopSimulator(new ShopSimulation(demo.Customers, now.AddDays(-demo.BackfillDays), now));
        var (sent, accepted) = (0, 0);
        foreach (var batch in simulator.History().Chunk(BatchSize))
        {
            var placed = batch.OfType<SimulatedOrder>().Select(o => o.Order).ToArray();
            var told = batch.OfType<SimulatedFeedback>().Select(f => f.Feedback).ToArray();
            var returned = batch.OfType<SimulatedReturn>().Select(Refund).ToArray();
            if (placed.Length > 0) accepted += (await orders.SubmitAsync(tenant.Id, placed, stoppingToken)).Accepted;
            if (returned.Length > 0) await orders.SubmitChangesAsync(tenant.Id, returned, stoppingToken);
            if (told.Length > 0) await feedback.SubmitAsync(tenant.Id, told, stoppingToken);
            sent += placed.Length;
        }
        LogBackfilled(logger, sent, accepted);
        if (demo.OrdersPerSecond <= 0) return;
        using var http = new HttpClient { BaseAddress = await OwnAddressAsync(stoppingToken) };
        var feed = new DemoShopifyFeed(http, DemoSeeder.ShopifyConnectionId, demo.WebhookSecret);
        var random = new Random();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / demo.OrdersPerSecond), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await feed.SendAsync(simulator.Live(time.GetUtcNow(), random), random, stoppingToken);
        }
    }

    private static CustomerChange Refund(SimulatedReturn returned) => new(
        new CustomerBasics(returned.CustomerId), $"order/{returned.OrderId}/refund/return", CustomerEvents.OrderRefunded,
        new OrderRefund(returned.OrderId, "return", returned.Amount, returned.At));

    /// <summary>Where this server listens (http first), once it does; a wildcard host is this machine.</summary>
    private async Task<Uri> OwnAddressAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult)) await started.Task.WaitAsync(ct);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.First();
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]") uri.Host = "localhost";
        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo history: {Orders} orders, {Accepted} new")]
    private static partial void LogBackfilled(ILogger logger, int orders, int accepted);
}
