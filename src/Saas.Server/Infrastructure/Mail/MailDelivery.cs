using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Saas.Server.Infrastructure.Mail;

/// <summary>
/// Sends the outbox over SMTP, when SMTP is configured. Rows are claimed with SKIP LOCKED, so several nodes
/// share the work without sending a mail twice; a failure is counted and retried on the next pass.
/// </summary>
public sealed partial class MailDelivery(NpgsqlDataSource db, IOptions<MailOptions> options, ILogger<MailDelivery> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeliveryPollInterval);
        do
        {
            try
            {
                while (await DeliverBatchAsync(stoppingToken) == BatchSize) { }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogPassFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many mails were claimed.</returns>
    private async Task<int> DeliverBatchAsync(CancellationToken ct)
    {
        var mail = options.Value;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var pending = new List<(long Id, string To, string Subject, string Body)>();
        await using (var claim = new NpgsqlCommand("""
            SELECT id, recipient, subject, body FROM mail_outbox
            WHERE delivered_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue(mail.MaxAttempts);
            claim.Parameters.AddWithValue(BatchSize);
            await using var reader = await claim.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) pending.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        using var smtp = new SmtpClient(mail.Smtp.Host, mail.Smtp.Port) { EnableSsl = mail.Smtp.EnableSsl };
        if (mail.Smtp.UserName is { Length: > 0 } user) smtp.Credentials = new NetworkCredential(user, mail.Smtp.Password);
        foreach (var (id, to, subject, body) in pending)
        {
            string? error = null;
            try
            {
                await smtp.SendMailAsync(new MailMessage(mail.From, to, subject, body), ct);
            }
            catch (Exception e) when (e is SmtpException or FormatException)
            {
                error = e.Message;
                LogSendFailed(logger, id, e.Message);
            }
            await using var record = new NpgsqlCommand("""
                UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
                       delivered_at = CASE WHEN $2::text IS NULL THEN now() END
                WHERE id = $1
                """, connection, transaction);
            record.Parameters.AddWithValue(id);
            record.Parameters.AddWithValue((object?)error ?? DBNull.Value);
            await record.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return pending.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} could not be sent: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mail delivery pass failed; the next one retries")]
    private static partial void LogPassFailed(ILogger logger, Exception e);
}
