namespace Saas.Server.Features.Privacy;

public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services) => services
        .AddSingleton<CustomerExport>()
        .AddSingleton<CustomerErasure>();
}
