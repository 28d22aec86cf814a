using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Saas.Server.Infrastructure.Mail;

/// <summary>
/// Sends the outbox over SMTP, when SMTP is configured. Each pass claims a few due mails in one short
/// statement (SKIP LOCKED, so nodes share the work; a lease, so a node that dies mid-send leaves them to the
/// others), then sends them outside any transaction: a slow SMTP server must not hold a transaction open,
/// which would hold back every event reader. A failed mail waits longer after each attempt.
/// </summary>
public sealed partial class MailDelivery(NpgsqlDataSource db, IOptions<MailOptions> options, ILogger<MailDelivery> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    private sealed record Claimed(long Id, string To, string Subject, string Body, int Attempt);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeliveryPollInterval);
        do
        {
            try
            {
                while (await DeliverBatchAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                LogPassFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>True if a full batch went out without a failure, so more may be waiting.</returns>
    private async Task<bool> DeliverBatchAsync(CancellationToken ct)
    {
        var mail = options.Value;
        var batch = await ClaimAsync(ct);
        using var smtp = new SmtpClient(mail.Smtp.Host, mail.Smtp.Port) { EnableSsl = mail.Smtp.EnableSsl, Timeout = (int)SendTimeout.TotalMilliseconds };
        if (mail.Smtp.UserName is { Length: > 0 } user) smtp.Credentials = new NetworkCredential(user, mail.Smtp.Password);
        var failed = false;
        foreach (var claimed in batch)
        {
            string? error = null;
            try
            {
                using var message = new MailMessage(mail.From, claimed.To, claimed.Subject, claimed.Body);
                await smtp.SendMailAsync(message, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                error = e.Message;
                failed = true;
                LogSendFailed(logger, claimed.Id, claimed.Attempt, e.Message);
            }
            await RecordAsync(claimed, error, ct);
        }
        return batch.Count == BatchSize && !failed;
    }

    private async Task<IReadOnlyList<Claimed>> ClaimAsync(CancellationToken ct)
    {
        await using var claim = db.CreateCommand("""
            UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + $3
            WHERE id IN (SELECT id FROM mail_outbox
                         WHERE delivered_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
                         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, body, attempts
            """);
        claim.Parameters.AddWithValue(options.Value.MaxAttempts);
        claim.Parameters.AddWithValue(BatchSize);
        claim.Parameters.AddWithValue(Lease);
        var batch = new List<Claimed>();
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            batch.Add(new Claimed(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }
        return batch;
    }

    private async Task RecordAsync(Claimed claimed, string? error, CancellationToken ct)
    {
        var retryDelay = options.Value.RetryDelay * Math.Pow(2, claimed.Attempt - 1);
        await using var record = db.CreateCommand("""
            UPDATE mail_outbox SET last_error = $2,
                   delivered_at = CASE WHEN $2::text IS NULL THEN now() END,
                   next_attempt_at = now() + $3
            WHERE id = $1
            """);
        record.Parameters.AddWithValue(claimed.Id);
        record.Parameters.AddWithValue((object?)error ?? DBNull.Value);
        record.Parameters.AddWithValue(retryDelay < TimeSpan.FromHours(1) ? retryDelay : TimeSpan.FromHours(1));
        await record.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} could not be sent (attempt {Attempt}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mail delivery pass failed; the next one retries")]
    private static partial void LogPassFailed(ILogger logger, Exception e);
}
