using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Saas.Server.Features.Identity;
using Saas.Server.Options;

namespace Saas.Server.Features.Admin;

/// <summary>Creates the roles, and the first platform admin from configuration; the password is never logged.</summary>
public sealed partial class PlatformAdminSeeder(IServiceScopeFactory scopes, IOptions<PlatformOptions> options, ILogger<PlatformAdminSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.PlatformAdmin)).Count > 0) return;
        await users.CreateInRoleAsync(email, password, Roles.PlatformAdmin);
        LogAdminCreated(logger, email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the first platform admin {Email} from configuration")]
    private static partial void LogAdminCreated(ILogger logger, string email);
}
