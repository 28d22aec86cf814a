using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Saas.Server.Features.Identity;

namespace Saas.Server.Features.Live;

/// <summary>
/// <c>/hubs/live</c>: server-to-client only. A connection joins its own tenant's group and its own user's
/// group, both taken from the sign-in cookie; the client names nothing.
/// </summary>
[Authorize(Policy = IdentitySetup.TenantMemberPolicy)]
public sealed class LiveHub : Hub
{
    public const string Path = "/hubs/live";

    public static string TenantGroup(string tenantId) => $"tenant:{tenantId}";

    public static string UserGroup(string userId) => $"user:{userId}";

    public override async Task OnConnectedAsync()
    {
        var tenantId = SaasClaims.TenantOf(Context.User!)!;
        await Groups.AddToGroupAsync(Context.ConnectionId, TenantGroup(tenantId));
        if (Context.UserIdentifier is { } userId) await Groups.AddToGroupAsync(Context.ConnectionId, UserGroup(userId));
        await base.OnConnectedAsync();
    }
}
