using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Members;

/// <summary><c>/api/v1/members</c>: the owner sees the tenant's people, invites account managers and removes them.</summary>
public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMembers(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Members")
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).RequireRateLimiting(RateLimits.Tenant);
        members.MapGet("/", ListAsync).WithSummary("The tenant's members and open invitations");
        members.MapPost("/invitations", InviteAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Invite an account manager by email; the mailed link expires");
        members.MapDelete("/invitations/{id}", RevokeInvitationAsync).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Revoke an open invitation");
        members.MapDelete("/{id}", RemoveAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Remove an account manager: the account is deleted and its sessions stop");
        return api;
    }

    private static async Task<Ok<MemberList>> ListAsync(HttpContext http, TenantMembers members, Invitations invitations, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        return TypedResults.Ok(new MemberList(await members.ListAsync(tenantId, ct), await invitations.ListOpenAsync(tenantId, ct)));
    }

    private static async Task<Results<Created<PendingInvitation>, ValidationProblem>> InviteAsync(
        InviteRequest request, HttpContext http, TenantDirectory tenants, Invitations invitations,
        AuditLog audit, CancellationToken ct)
    {
        if (!SignUpEndpoints.IsEmail(request.Email)) return AccountProblems.Invalid("email", "A valid email address is required.");
        // No check whether the address has an account: that would tell any owner who is registered. Accepting
        // the invitation refuses a taken address.
        var email = request.Email.Trim();
        var tenant = (await tenants.FindAsync(SaasClaims.TenantOf(http.User)!, ct))!;
        var invitation = await invitations.CreateAsync(tenant.Id, tenant.Name, email, Roles.AccountManager, http.User.FindFirstValue(ClaimTypes.Email), ct);
        await audit.RecordAsync(http, "member.invite", $"invitation/{invitation.Id} ({email})", tenant.Id, ct);
        return TypedResults.Created($"/api/v1/members/invitations/{invitation.Id}", invitation);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeInvitationAsync(
        string id, HttpContext http, Invitations invitations, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (!await invitations.RevokeAsync(tenantId, id, ct))
        {
            return TypedResults.Problem("This tenant has no open invitation with that id.", statusCode: StatusCodes.Status404NotFound, title: "Invitation not found");
        }
        await audit.RecordAsync(http, "member.invitation-revoke", $"invitation/{id}", tenantId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string id, HttpContext http, TenantMembers members, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var (outcome, email) = await members.RemoveAsync(tenantId, id, ct);
        switch (outcome)
        {
            case RemovalOutcome.NotFound:
                return TypedResults.Problem("This tenant has no member with that id.", statusCode: StatusCodes.Status404NotFound, title: "Member not found");
            case RemovalOutcome.IsOwner:
                return TypedResults.Problem("The owner cannot be removed.", statusCode: StatusCodes.Status409Conflict, title: "Owner cannot be removed");
            default:
                await audit.RecordAsync(http, "member.remove", $"user/{id} ({email})", tenantId, ct);
                return TypedResults.NoContent();
        }
    }
}
