using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Saas.Server.Features.Identity;

public static class UserCreation
{
    /// <summary>Creates a confirmed user in one role; fails loudly with Identity's reasons (e.g. a weak password).</summary>
    public static async Task CreateInRoleAsync(this UserManager<AppUser> users, string email, string password, string role, string? tenantId = null)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, TenantId = tenantId };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The {role} {email} could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>
    /// Creates the user; false if that fails, e.g. because a concurrent request took the address first (the
    /// unique index then throws instead of failing).
    /// </summary>
    public static async Task<bool> TryCreateAsync(this UserManager<AppUser> users, AppUser user, string password)
    {
        try
        {
            return (await users.CreateAsync(user, password)).Succeeded;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
