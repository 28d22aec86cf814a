using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Members;

/// <summary>
/// <c>/api/v1/invitations</c>, for the person invited (not signed in): see the invitation, then accept it by
/// choosing a password. The token travels in the body, never in a URL.
/// </summary>
public static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitations(this RouteGroupBuilder api)
    {
        var invitations = api.MapGroup("/invitations").WithTags("Members")
            .AddEndpointFilter<AntiforgeryCheck>().RequireRateLimiting(RateLimits.Auth);
        invitations.MapPost("/preview", PreviewAsync).WithSummary("Who invites whom, for an invitation token");
        invitations.MapPost("/accept", AcceptAsync).WithSummary("Accept an invitation: the account is created with the chosen password");
        return api;
    }

    private static async Task<Results<Ok<InvitationPreview>, ProblemHttpResult>> PreviewAsync(
        InvitationTokenRequest request, Invitations invitations, CancellationToken ct)
    {
        if (await OpenInvitationAsync(invitations, request.Token, ct) is not { } invitation) return AccountProblems.InvalidLink();
        return TypedResults.Ok(new InvitationPreview(invitation.Email, invitation.TenantName, invitation.Role, invitation.ExpiresAt));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        AcceptInvitationRequest request, Invitations invitations, UserManager<AppUser> users, AuditLog audit, HttpContext http, CancellationToken ct)
    {
        if (await OpenInvitationAsync(invitations, request.Token, ct) is not { } invitation) return AccountProblems.InvalidLink();
        if (await users.ProblemsAsync(request.Password) is { Length: > 0 } problems) return AccountProblems.Invalid("password", problems);
        if (await users.FindByEmailAsync(invitation.Email) is not null) return AccountProblems.AddressTaken();
        if (!await invitations.ClaimAsync(invitation.Id, ct)) return AccountProblems.InvalidLink();
        // The link reached the invited mailbox, so the address counts as confirmed.
        var user = new AppUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, TenantId = invitation.TenantId };
        if (!await users.TryCreateAsync(user, request.Password))
        {
            await invitations.ReleaseAsync(invitation.Id, ct);
            return AccountProblems.AddressTaken();
        }
        await users.AddToRoleAsync(user, invitation.Role);
        await audit.RecordAsync(http, "member.join", $"user/{user.Id} ({user.Email}) as {invitation.Role}", invitation.TenantId, ct, actor: user);
        return TypedResults.NoContent();
    }

    private static async Task<InvitationDetails?> OpenInvitationAsync(Invitations invitations, string? token, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(token) ? null : await invitations.FindAsync(token.Trim(), ct) is { IsOpen: true } open ? open : null;
}
