namespace Saas.Server.Features.Shops;

public static class ShopsSetup
{
    public static IServiceCollection AddShops(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShopOptions>().Bind(configuration.GetSection(ShopOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ShopDeliveryRetention>().AddHostedService(sp => sp.GetRequiredService<ShopDeliveryRetention>());
        return services
            .AddSingleton<WebhookSecrets>()
            .AddSingleton<ShopConnectionStore>()
            .AddSingleton<ShopConnections>()
            .AddSingleton<WebhookReceiver>()
            .AddSingleton<ShopPayloads>()
            .AddSingleton<ShopIntake>();
    }

    public static RouteGroupBuilder MapShops(this RouteGroupBuilder api) => api.MapShopConnections();
}
