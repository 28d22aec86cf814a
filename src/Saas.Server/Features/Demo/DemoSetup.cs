using Saas.Server.Options;

namespace Saas.Server.Features.Demo;

public static class DemoSetup
{
    /// <summary>The demo runs when Demo:Enabled is true; SAAS_DEMO_* variables override its login and key.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>()
            .BindConfiguration(DemoOptions.Section)
            .PostConfigure(o =>
            {
                o.Email = configuration["SAAS_DEMO_EMAIL"] ?? o.Email;
                o.Password = configuration["SAAS_DEMO_PASSWORD"] ?? o.Password;
                o.ApiKey = configuration["SAAS_DEMO_API_KEY"] ?? o.ApiKey;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DemoSeeder>();
        if (configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}")) services.AddHostedService<DemoTraffic>();
        return services;
    }
}
