using Microsoft.AspNetCore.Identity;

namespace Saas.Server.Features.Identity;

/// <summary>A person who signs in. Platform admins have no tenant; everyone else belongs to exactly one.</summary>
public sealed class AppUser : IdentityUser
{
    public string? TenantId { get; set; }
}
