using System.Security.Claims;
using Npgsql;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Admin;

public sealed record AuditEntry(long Id, DateTimeOffset At, string? ActorEmail, string? TenantId, string Action, string Target, string? Ip);

/// <summary>Records who did what, when and from where; platform admins search it.</summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    /// <param name="actor">Who acted, when not the signed-in user (e.g. someone signing up or accepting an invitation).</param>
    public async Task RecordAsync(HttpContext http, string action, string target, string? tenantId, CancellationToken ct, AppUser? actor = null)
    {
        await using var cmd = db.CreateCommand(
            "INSERT INTO audit_log (actor_id, actor_email, tenant_id, action, target, ip) VALUES ($1, $2, $3, $4, $5, $6)");
        cmd.Parameters.AddWithValue((object?)actor?.Id ?? (object?)http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)actor?.Email ?? (object?)http.User.FindFirstValue(ClaimTypes.Email) ?? (object?)http.User.Identity?.Name ?? DBNull.Value);
        cmd.Parameters.AddWithValue((object?)tenantId ?? DBNull.Value);
        cmd.Parameters.AddWithValue(action);
        cmd.Parameters.AddWithValue(target);
        cmd.Parameters.AddWithValue((object?)http.Connection.RemoteIpAddress?.ToString() ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Newest first; <paramref name="search"/> matches actor, action, target or tenant.</summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(string? search, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT id, at, actor_email, tenant_id, action, target, ip FROM audit_log
            WHERE $1::text IS NULL OR actor_email ILIKE $1 OR action ILIKE $1 OR target ILIKE $1 OR tenant_id ILIKE $1
            ORDER BY at DESC, id DESC LIMIT $2
            """);
        cmd.Parameters.AddWithValue(TextSearch.Pattern(search));
        cmd.Parameters.AddWithValue(limit);
        var entries = new List<AuditEntry>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetStringOrNull(2),
                reader.GetStringOrNull(3), reader.GetString(4), reader.GetString(5), reader.GetStringOrNull(6)));
        }
        return entries;
    }
}
