namespace Saas.Server.Features.Members;

public static class MembersSetup
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddOptions<InvitationOptions>().BindConfiguration(InvitationOptions.Section);
        services.AddSingleton<Invitations>();
        services.AddSingleton<TenantMembers>();
        return services;
    }

    public static RouteGroupBuilder MapMembersAndInvitations(this RouteGroupBuilder api) => api.MapMembers().MapInvitations();
}
