namespace Saas.Server.Infrastructure.Mail;

public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Mailbox>();
        services.AddSingleton<AccountLinks>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:Smtp:Host"])) services.AddHostedService<MailDelivery>();
        return services;
    }
}
