using Saas.Server.Options;

namespace Saas.Server.Features.Admin;

public static class AdminSetup
{
    /// <summary>Platform:AdminEmail / Platform:AdminPassword, or SAAS_ADMIN_EMAIL / SAAS_ADMIN_PASSWORD.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlatformOptions>()
            .BindConfiguration(PlatformOptions.Section)
            .PostConfigure(o =>
            {
                o.AdminEmail = configuration["SAAS_ADMIN_EMAIL"] ?? o.AdminEmail;
                o.AdminPassword = configuration["SAAS_ADMIN_PASSWORD"] ?? o.AdminPassword;
            });
        services.AddSingleton<AuditLog>();
        services.AddHostedService<PlatformAdminSeeder>();
        return services;
    }
}
