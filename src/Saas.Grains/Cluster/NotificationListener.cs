using Microsoft.Extensions.Logging;
using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Cluster;

/// <summary>
/// Holds one connection that LISTENs on the runtime's channels and raises a callback per notification.
/// Notifications only wake readers; the data is always read from the tables.
/// </summary>
internal sealed partial class NotificationListener(NpgsqlDataSource db, ILogger<NotificationListener> logger)
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(IReadOnlyDictionary<string, Action> channels, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await db.OpenConnectionAsync(ct);
                connection.Notification += (_, e) =>
                {
                    if (channels.TryGetValue(e.Channel, out var callback)) callback();
                };
                foreach (var channel in channels.Keys)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
                    await listen.ExecuteNonQueryAsync(ct);
                }
                // Anything appended while not listening is picked up now.
                foreach (var callback in channels.Values) callback();
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (Exception) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenerFailed(logger, ex);
                await AsyncSignal.PauseAsync(ReconnectDelay, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification connection failed; reconnecting")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);
}
