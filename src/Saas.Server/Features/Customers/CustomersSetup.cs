using Saas.Grains.Hosting;

namespace Saas.Server.Features.Customers;

public static class CustomersSetup
{
    public static IServiceCollection AddCustomers(this IServiceCollection services) => services
        .AddGrain<ICustomerGrain, CustomerGrain>(CustomerGrain.TypeName)
        .AddCheckpointParticipant<CustomerProjection>()
        .AddSingleton<CustomerRescoring>();
}
