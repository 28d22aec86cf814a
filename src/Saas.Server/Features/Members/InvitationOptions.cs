namespace Saas.Server.Features.Members;

public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    /// <summary>How long an invitation link works.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
