using Microsoft.Extensions.Options;
using Saas.Domain.Simulation;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Feedback;
using Saas.Server.Options;

namespace Saas.Server.Features.Demo;

/// <summary>
/// Seeds the demo tenant, backfills the simulated shop's history once (orders and feedback through the intakes),
/// then streams live orders.
/// </summary>
public sealed partial class DemoTraffic(
    DemoSeeder seeder, OrderIntake orders, FeedbackIntake feedback, IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoTraffic> logger)
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
            if (placed.Length > 0) accepted += (await orders.SubmitAsync(tenant.Id, placed, stoppingToken)).Accepted;
            if (told.Length > 0) await feedback.SubmitAsync(tenant.Id, told, stoppingToken);
            sent += placed.Length;
        }
        LogBackfilled(logger, sent, accepted);
        if (demo.OrdersPerSecond <= 0) return;
        var random = new Random();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / demo.OrdersPerSecond), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await orders.SubmitAsync(tenant.Id, [simulator.Live(time.GetUtcNow(), random).Order], stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo history: {Orders} orders, {Accepted} new")]
    private static partial void LogBackfilled(ILogger logger, int orders, int accepted);
}
