using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Mail;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Members;

/// <summary>An invitation found by its token, whatever its state.</summary>
public sealed record InvitationDetails(string Id, string TenantId, string TenantName, string Email, string Role, DateTimeOffset ExpiresAt, bool IsOpen);

/// <summary>
/// Invitations to join a tenant, mailed as a link with a random token (only its hash is stored) that works
/// once, until it expires. An owner's invitations are read and written inside the tenant's RLS scope.
/// </summary>
public sealed class Invitations(
    NpgsqlDataSource db, TenantScope scope, Mailbox mailbox, AccountLinks links, IOptions<InvitationOptions> options, TimeProvider time)
{
    private const string TokenPrefix = "inv_";

    /// <summary>Mails a new invitation; an open one for the same address is revoked, so only the newest link works.</summary>
    public async Task<PendingInvitation> CreateAsync(
        string tenantId, string tenantName, string email, string role, string? invitedBy, CancellationToken ct)
    {
        var token = SecretTokens.Generate(TokenPrefix);
        var now = time.GetUtcNow();
        var invitation = new PendingInvitation(Guid.NewGuid().ToString("N"), email, role, now, now + options.Value.Lifetime);
        await using (var tx = await scope.BeginAsync(tenantId, ct))
        {
            await using var revoke = tx.Command("""
                UPDATE invitations SET revoked_at = now()
                WHERE tenant_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL
                """);
            revoke.Parameters.AddWithValue(tenantId);
            revoke.Parameters.AddWithValue(email);
            await revoke.ExecuteNonQueryAsync(ct);
            await using var insert = tx.Command("""
                INSERT INTO invitations (id, tenant_id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """);
            insert.Parameters.AddWithValue(invitation.Id);
            insert.Parameters.AddWithValue(tenantId);
            insert.Parameters.AddWithValue(email);
            insert.Parameters.AddWithValue(role);
            insert.Parameters.AddWithValue(SecretTokens.Hash(token));
            insert.Parameters.AddWithValue((object?)invitedBy ?? DBNull.Value);
            insert.Parameters.AddWithValue(invitation.CreatedAt);
            insert.Parameters.AddWithValue(invitation.ExpiresAt);
            await insert.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        await mailbox.QueueAsync(new OutgoingMail(email, $"You are invited to {tenantName}", $"""
            {invitedBy ?? "The platform's team"} invites you to join {tenantName} on Customer Segments.
            To accept and choose your password, open:

            {links.To("accept-invitation", ("token", token))}

            The link works until {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC, once.
            """, tenantId), ct);
        return invitation;
    }

    /// <summary>Open invitations (not accepted, not revoked), expired ones included so the owner can send them again.</summary>
    public async Task<IReadOnlyList<PendingInvitation>> ListOpenAsync(string tenantId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("""
            SELECT id, email, role, created_at, expires_at FROM invitations
            WHERE tenant_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var open = new List<PendingInvitation>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            open.Add(new PendingInvitation(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }
        return open;
    }

    /// <returns>False if the tenant has no open invitation with that id.</returns>
    public async Task<bool> RevokeAsync(string tenantId, string id, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command(
            "UPDATE invitations SET revoked_at = now() WHERE id = $1 AND tenant_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        var revoked = await cmd.ExecuteNonQueryAsync(ct) == 1;
        await tx.CommitAsync(ct);
        return revoked;
    }

    /// <summary>Platform-level: the tenant is not known until the token names it.</summary>
    public async Task<InvitationDetails?> FindAsync(string token, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT i.id, i.tenant_id, t.name, i.email, i.role, i.expires_at,
                   i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
            FROM invitations i JOIN tenants t ON t.id = i.tenant_id WHERE i.token_hash = $1
            """);
        cmd.Parameters.AddWithValue(SecretTokens.Hash(token));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new InvitationDetails(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetBoolean(6))
            : null;
    }

    /// <summary>Claims an open invitation; of two concurrent accepts, one wins.</summary>
    public async Task<bool> ClaimAsync(string id, CancellationToken ct) =>
        await ExecuteAsync("""
            UPDATE invitations SET accepted_at = now()
            WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            """, id, ct) == 1;

    /// <summary>Gives a claimed invitation back when the account could not be created after all.</summary>
    public Task ReleaseAsync(string id, CancellationToken ct) => ExecuteAsync("UPDATE invitations SET accepted_at = NULL WHERE id = $1", id, ct);

    private async Task<int> ExecuteAsync(string sql, string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddWithValue(id);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
