using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Features.Identity;

/// <summary>How often a sign-in cookie is checked again against the user and the tenant.</summary>
public sealed class SessionCheckOptions
{
    public const string Section = "Sessions";

    /// <summary>A session ended elsewhere (sign-out everywhere, a suspended tenant) stops working within this.</summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Ends sessions that should no longer work: the user's security stamp changed (signed out everywhere,
/// removed) or the user's tenant is suspended. Tenant status is cached per node for the recheck interval.
/// </summary>
public sealed class SessionCheck(TenantDirectory tenants, IOptions<SessionCheckOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset Until)> _tenantStatus = new();

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not { } principal || SaasClaims.TenantOf(principal) is not { } tenantId) return;
        if (await IsActiveAsync(tenantId, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task<bool> IsActiveAsync(string tenantId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_tenantStatus.TryGetValue(tenantId, out var known) && known.Until > now) return known.Active;
        var active = (await tenants.FindAsync(tenantId, ct))?.Status == Tenant.Active;
        _tenantStatus[tenantId] = (active, now + options.Value.RecheckInterval);
        return active;
    }
}
