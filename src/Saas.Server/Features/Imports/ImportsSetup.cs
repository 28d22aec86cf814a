using Saas.Grains.Hosting;

namespace Saas.Server.Features.Imports;

public static class ImportsSetup
{
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportQueries>();
        services.AddSingleton<ImportedHistory>();
        services.AddSingleton<ImportProgressReporter>();
        services.AddSingleton<ImportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        services.AddOutboxSubscriber<ImportProgressFanOut>();
        return services;
    }
}
