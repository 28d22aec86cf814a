namespace Saas.Server.Features.Members;

public sealed record Member(string Id, string Email, string Role, bool EmailConfirmed, bool TwoFactorEnabled);

public sealed record PendingInvitation(string Id, string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

public sealed record MemberList(IReadOnlyList<Member> Members, IReadOnlyList<PendingInvitation> Invitations);

public sealed record InviteRequest(string Email);

public sealed record InvitationTokenRequest(string Token);

/// <summary>What the person invited sees before choosing a password.</summary>
public sealed record InvitationPreview(string Email, string TenantName, string Role, DateTimeOffset ExpiresAt);

public sealed record AcceptInvitationRequest(string Token, string Password);
