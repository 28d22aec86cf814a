using Saas.Grains.Hosting;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

public static class TenantsSetup
{
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddGrain<ITenantGrain, TenantGrain>(TenantGrain.TypeName);
        services.AddSingleton<TenantModelCache>();
        services.AddSingleton<TenantSettingsStore>();
        services.AddSingleton<TenantFits>();
        services.AddSingleton<TenantDirectory>();
        return services;
    }
}
