using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Members;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.Mail;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Admin;

/// <summary><c>/api/v1/admin</c>, platform admins only: tenants with their usage, suspension, the audit log.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(IdentitySetup.PlatformAdminPolicy);
        admin.MapGet("/tenants", TenantsAsync).WithSummary("Tenants with their usage, newest first");
        admin.MapPost("/tenants", CreateAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Create a tenant; its owner gets an invitation mail to choose a password");
        admin.MapPost("/tenants/{id}/suspend", (string id, HttpContext http, TenantDirectory tenants, AuditLog audit, CancellationToken ct) =>
            SetStatusAsync(id, Tenant.Suspended, http, tenants, audit, ct)).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Suspend a tenant: its members cannot sign in, its shops cannot send orders, its data is kept");
        admin.MapPost("/tenants/{id}/resume", (string id, HttpContext http, TenantDirectory tenants, AuditLog audit, CancellationToken ct) =>
            SetStatusAsync(id, Tenant.Active, http, tenants, audit, ct)).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Resume a suspended tenant");
        admin.MapDelete("/tenants/{id}", DeleteAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Delete a tenant and all its data; the body repeats the tenant's name to confirm");
        admin.MapGet("/audit", async (AuditLog audit, CancellationToken ct, string? search = null, int limit = 100) =>
            TypedResults.Ok(await audit.SearchAsync(search, TextSearch.Limit(limit), ct))).WithSummary("Search the audit log, newest first");
        admin.MapGet("/mail", async (Mailbox mailbox, CancellationToken ct, string? search = null, int limit = 100) =>
            TypedResults.Ok(await mailbox.SearchAsync(search, TextSearch.Limit(limit), ct)))
            .WithSummary("The mail outbox, newest first: what was sent, or is held when no SMTP server is configured");
        return api;
    }

    private static async Task<Results<Created<CreatedTenant>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTenantRequest request, HttpContext http, TenantDirectory tenants, Invitations invitations, UserManager<AppUser> users,
        AuditLog audit, CancellationToken ct)
    {
        var name = request.Name?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (TenantNames.Problem(name) is { } nameProblem) errors["name"] = [nameProblem];
        if (!SignUpEndpoints.IsEmail(request.OwnerEmail)) errors["ownerEmail"] = ["A valid email address is required."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var ownerEmail = request.OwnerEmail.Trim();
        if (await users.FindByEmailAsync(ownerEmail) is not null)
        {
            return AccountProblems.AddressTaken();
        }
        var tenant = await tenants.CreateAsync(TenantSlugs.From(name), name, ct);
        var invitation = await invitations.CreateAsync(tenant.Id, tenant.Name, ownerEmail, Roles.TenantOwner, null, ct);
        await audit.RecordAsync(http, "tenant.create", $"tenant/{tenant.Id} ({name}), owner {ownerEmail}", tenant.Id, ct);
        return TypedResults.Created($"/api/v1/admin/tenants/{tenant.Id}", new CreatedTenant(tenant.Id, tenant.Slug, tenant.Name, invitation.ExpiresAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetStatusAsync(
        string id, string status, HttpContext http, TenantDirectory tenants, AuditLog audit, CancellationToken ct)
    {
        if (!await tenants.SetStatusAsync(id, status, ct))
        {
            return TypedResults.Problem("There is no tenant with that id.", statusCode: StatusCodes.Status404NotFound, title: "Tenant not found");
        }
        await audit.RecordAsync(http, status == Tenant.Suspended ? "tenant.suspend" : "tenant.resume", $"tenant/{id}", id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string id, [FromBody] DeleteTenantRequest request, HttpContext http, TenantDirectory tenants, AuditLog audit, CancellationToken ct)
    {
        if (await tenants.FindAsync(id, ct) is not { } tenant)
        {
            return TypedResults.Problem("There is no tenant with that id.", statusCode: StatusCodes.Status404NotFound, title: "Tenant not found");
        }
        if (!string.Equals(request.ConfirmName, tenant.Name, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["confirmName"] = ["Type the tenant's name exactly to confirm the deletion."] },
                title: "Deletion not confirmed");
        }
        await tenants.DeleteAsync(id, ct);
        await audit.RecordAsync(http, "tenant.delete", $"tenant/{id} ({tenant.Name})", id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<TenantPage>, ValidationProblem>> TenantsAsync(
        NpgsqlDataSource db, CancellationToken ct, int page = 1, int pageSize = 50)
    {
        if (page < 1 || pageSize is < 1 or > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page ≥ 1 and pageSize between 1 and 200."] });
        }
        await using var cmd = db.CreateCommand("""
            SELECT t.id, t.slug, t.name, t.status, t.created_at,
                   (SELECT count(*) FROM customers c WHERE c.tenant_id = t.id),
                   (SELECT count(*) FROM grain_events e WHERE e.scope = t.id AND e.appended_at > now() - interval '24 hours'),
                   (SELECT max(e.appended_at) FROM grain_events e WHERE e.scope = t.id),
                   (SELECT coalesce(sum(pg_column_size(e.*)), 0) FROM grain_events e WHERE e.scope = t.id)
                   + (SELECT coalesce(sum(pg_column_size(s.*)), 0) FROM grain_state s WHERE s.scope = t.id),
                   count(*) OVER ()
            FROM tenants t ORDER BY t.created_at DESC, t.id LIMIT $1 OFFSET $2
            """);
        cmd.Parameters.AddWithValue(pageSize);
        cmd.Parameters.AddWithValue((page - 1) * pageSize);
        var items = new List<TenantUsage>();
        var total = 0L;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new TenantUsage(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt64(5), reader.GetInt64(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.GetInt64(8)));
            total = reader.GetInt64(9);
        }
        return TypedResults.Ok(new TenantPage(page, pageSize, total, items));
    }
}
