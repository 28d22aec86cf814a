using Saas.Grains.Hosting;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

public static class TenantsSetup
{
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddOptions<RfmOptions>().BindConfiguration(RfmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddGrain<ITenantGrain, TenantGrain>(TenantGrain.TypeName);
        services.AddSingleton<RfmThresholdsCache>();
        services.AddSingleton<TenantDirectory>();
        return services;
    }
}
