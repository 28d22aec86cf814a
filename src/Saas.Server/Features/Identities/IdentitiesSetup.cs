using Saas.Grains.Hosting;

namespace Saas.Server.Features.Identities;

public static class IdentitiesSetup
{
    /// <summary>Call after every other feature's checkpoint participants: the rebuilt customers' rows are recomputed last.</summary>
    public static IServiceCollection AddIdentities(this IServiceCollection services) => services
        .AddSingleton<IdentityMerges>()
        .AddSingleton<CustomerResolution>()
        .AddSingleton<CustomerSplit>()
        .AddCheckpointParticipant<RebuiltCustomerProjection>();
}
