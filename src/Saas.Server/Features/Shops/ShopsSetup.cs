namespace Saas.Server.Features.Shops;

public static class ShopsSetup
{
    public static IServiceCollection AddShops(this IServiceCollection services) => services
        .AddSingleton<WebhookSecrets>()
        .AddSingleton<ShopConnectionStore>()
        .AddSingleton<ShopConnections>()
        .AddSingleton<WebhookReceiver>()
        .AddSingleton<ShopPayloads>()
        .AddSingleton<ShopIntake>();

    public static RouteGroupBuilder MapShops(this RouteGroupBuilder api) => api.MapShopConnections();
}
