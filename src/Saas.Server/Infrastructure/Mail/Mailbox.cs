using Npgsql;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Infrastructure.Mail;

public sealed record OutgoingMail(string To, string Subject, string Body, string? TenantId);

public sealed record QueuedMail(
    long Id, DateTimeOffset QueuedAt, string? TenantId, string To, string Subject, string Body,
    DateTimeOffset? DeliveredAt, int Attempts, string? LastError);

/// <summary>The mail outbox: every mail is stored before it counts as sent, so a failing SMTP server loses nothing.</summary>
public sealed class Mailbox(NpgsqlDataSource db)
{
    public async Task QueueAsync(OutgoingMail mail, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("INSERT INTO mail_outbox (tenant_id, recipient, subject, body) VALUES ($1, $2, $3, $4)");
        cmd.Parameters.AddWithValue((object?)mail.TenantId ?? DBNull.Value);
        cmd.Parameters.AddWithValue(mail.To);
        cmd.Parameters.AddWithValue(mail.Subject);
        cmd.Parameters.AddWithValue(mail.Body);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Newest first; <paramref name="search"/> matches recipient or subject.</summary>
    public async Task<IReadOnlyList<QueuedMail>> SearchAsync(string? search, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT id, queued_at, tenant_id, recipient, subject, body, delivered_at, attempts, last_error FROM mail_outbox
            WHERE $1::text IS NULL OR recipient ILIKE $1 OR subject ILIKE $1
            ORDER BY id DESC LIMIT $2
            """);
        cmd.Parameters.AddWithValue(TextSearch.Pattern(search));
        cmd.Parameters.AddWithValue(limit);
        var mails = new List<QueuedMail>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            mails.Add(new QueuedMail(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetStringOrNull(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7), reader.GetStringOrNull(8)));
        }
        return mails;
    }
}
