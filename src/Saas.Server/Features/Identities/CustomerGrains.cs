using Saas.Grains.Core;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Identities;

public static class CustomerGrains
{
    public static GrainId Of(string tenantId, string customerId) => new(CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, customerId));
}
