using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Saas.Server.Features.Identity;

/// <summary>Puts the user's tenant into the sign-in cookie, so every request knows it without a lookup.</summary>
public sealed class TenantClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId) identity.AddClaim(new Claim(SaasClaims.TenantId, tenantId));
        return identity;
    }
}
