using Microsoft.Extensions.Options;
using Saas.Server.Features.Connectors;
using Saas.Server.Options;

namespace Saas.Server.Features.Demo;

/// <summary>Seeds the demo tenant, backfills its history once, then streams live orders through the intake.</summary>
public sealed partial class DemoTraffic(DemoSeeder seeder, OrderIntake intake, IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoTraffic> logger)
    : BackgroundService
{
    private const int BatchSize = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value;
        var tenant = await seeder.EnsureAsync(stoppingToken);
        var shop = new SyntheticShop(seed: 2026, demo.Customers);
        var now = time.GetUtcNow();
        var history = shop.History(now.AddDays(-demo.BackfillDays), now);
        var accepted = 0;
        foreach (var batch in history.Chunk(BatchSize))
        {
            accepted += (await intake.SubmitAsync(tenant.Id, batch, stoppingToken)).Accepted;
        }
        LogBackfilled(logger, history.Count, accepted);
        if (demo.OrdersPerSecond <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / demo.OrdersPerSecond), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await intake.SubmitAsync(tenant.Id, [shop.Next(time.GetUtcNow())], stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo history: {Orders} orders, {Accepted} new")]
    private static partial void LogBackfilled(ILogger logger, int orders, int accepted);
}
