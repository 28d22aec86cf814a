using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Saas.Server.Features.Identity;

namespace Saas.Server.Features.Connectors;

public static class ConnectorsSetup
{
    public const string ApiKeyPolicy = "ApiKey";

    public static IServiceCollection AddConnectors(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<OrderValidator>();
        services.AddSingleton<OrderIntake>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyPolicy, new AuthorizationPolicyBuilder(ApiKeyAuthentication.SchemeName)
            .RequireClaim(SaasClaims.TenantId).Build());
        return services;
    }

    public static RouteGroupBuilder MapConnectors(this RouteGroupBuilder api) => api.MapOrders().MapApiKeys();
}
