using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Saas.Server.Features.Identity;

public static class IdentitySetup
{
    /// <summary>Signed in with the cookie and belonging to a tenant.</summary>
    public const string TenantMemberPolicy = "TenantMember";

    public const string PlatformAdminPolicy = "PlatformAdmin";

    /// <summary>A tenant member with the TenantOwner role.</summary>
    public const string TenantOwnerPolicy = "TenantOwner";

    /// <summary>Identity with its HttpOnly cookie; API and hub calls get 401/403, never a redirect.</summary>
    public static IServiceCollection AddSaasIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the email address, and any address EmailAddressAttribute accepts is welcome.
                options.User.AllowedUserNameCharacters = string.Empty;
                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 10;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityStore>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TenantClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "saas.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionCheck>().ValidateAsync(context);
            cookie.Events.OnRedirectToLogin = context => Deny(context.Response, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Deny(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(TenantMemberPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SaasClaims.TenantId))
            .AddPolicy(TenantOwnerPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SaasClaims.TenantId)
                .RequireRole(Roles.TenantOwner))
            .AddPolicy(PlatformAdminPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.PlatformAdmin));
        services.AddOptions<SessionCheckOptions>().BindConfiguration(SessionCheckOptions.Section);
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SessionCheckOptions>>((stamp, sessions) => stamp.ValidationInterval = sessions.Value.RecheckInterval);
        services.AddSingleton<SessionCheck>();
        services.AddScoped<AccountMails>();
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = "saas.2fa";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddCookiePolicy(policy =>
        {
            policy.MinimumSameSitePolicy = SameSiteMode.Strict;
            policy.OnAppendCookie = context => context.CookieOptions.Secure |= !IsLocalhost(context.Context.Request.Host.Host);
            policy.OnDeleteCookie = context => context.CookieOptions.Secure |= !IsLocalhost(context.Context.Request.Host.Host);
        });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryCheck.HeaderName;
            options.Cookie.Name = "saas.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Browsers drop Secure cookies over plain http except on localhost; everywhere else the site must be https.</summary>
    private static bool IsLocalhost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static Task Deny(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
