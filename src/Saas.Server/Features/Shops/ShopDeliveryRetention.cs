using Microsoft.Extensions.Options;
using Npgsql;

namespace Saas.Server.Features.Shops;

/// <summary>
/// Forgets, every hour, the delivery ids older than the retention: no platform redelivers them any more, and the
/// table would otherwise grow with every webhook. Every node runs it; the deletes do not conflict.
/// </summary>
public sealed partial class ShopDeliveryRetention(
    NpgsqlDataSource db, IOptions<ShopOptions> options, TimeProvider time, ILogger<ShopDeliveryRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <returns>The deliveries forgotten.</returns>
    public async Task<int> ForgetExpiredAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("DELETE FROM shop_deliveries WHERE received_at < $1");
        cmd.Parameters.AddWithValue(time.GetUtcNow() - options.Value.DeliveryRetention);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await ForgetExpiredAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRetentionFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting expired webhook deliveries failed; the next hour tries again")]
    private static partial void LogRetentionFailed(ILogger logger, Exception exception);
}
