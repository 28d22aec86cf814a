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

    /// <summary>Deletes per batch, each its own short transaction, so a first pass over a large table locks little at a time.</summary>
    private const int Batch = 10_000;

    /// <returns>The deliveries forgotten.</returns>
    public async Task<int> ForgetExpiredAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow() - options.Value.DeliveryRetention;
        int deleted, total = 0;
        do
        {
            await using var cmd = db.CreateCommand(
                $"DELETE FROM shop_deliveries WHERE ctid = ANY (ARRAY(SELECT ctid FROM shop_deliveries WHERE received_at < $1 LIMIT {Batch}))");
            cmd.Parameters.AddWithValue(before);
            deleted = await cmd.ExecuteNonQueryAsync(ct);
            total += deleted;
        }
        while (deleted == Batch);
        return total;
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
