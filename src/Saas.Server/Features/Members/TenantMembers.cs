using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Members;

public enum RemovalOutcome { Removed, NotFound, IsOwner }

/// <summary>The tenant's people, read and removed inside the tenant's RLS scope (users carry their tenant).</summary>
public sealed class TenantMembers(TenantScope scope)
{
    public async Task<IReadOnlyList<Member>> ListAsync(string tenantId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("""
            SELECT u."Id", u."Email", coalesce(min(r."Name"), ''), u."EmailConfirmed", u."TwoFactorEnabled"
            FROM "AspNetUsers" u
            LEFT JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id"
            LEFT JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE u."TenantId" = $1
            GROUP BY u."Id" ORDER BY u."Email"
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var members = new List<Member>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            members.Add(new Member(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)));
        }
        return members;
    }

    /// <summary>Deletes the member's account; their sessions fail their next check (Sessions:RecheckInterval).</summary>
    public async Task<(RemovalOutcome Outcome, string? Email)> RemoveAsync(string tenantId, string userId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var find = tx.Command("""
            SELECT u."Email", EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
                                      WHERE ur."UserId" = u."Id" AND r."Name" = $3)
            FROM "AspNetUsers" u WHERE u."Id" = $1 AND u."TenantId" = $2 FOR UPDATE
            """);
        find.Parameters.AddWithValue(userId);
        find.Parameters.AddWithValue(tenantId);
        find.Parameters.AddWithValue(Roles.TenantOwner);
        string email;
        await using (var reader = await find.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return (RemovalOutcome.NotFound, null);
            if (reader.GetBoolean(1)) return (RemovalOutcome.IsOwner, reader.GetString(0));
            email = reader.GetString(0);
        }
        await using var delete = tx.Command("""DELETE FROM "AspNetUsers" WHERE "Id" = $1 AND "TenantId" = $2""");
        delete.Parameters.AddWithValue(userId);
        delete.Parameters.AddWithValue(tenantId);
        await delete.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return (RemovalOutcome.Removed, email);
    }
}
