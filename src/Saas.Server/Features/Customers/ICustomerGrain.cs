namespace Saas.Server.Features.Customers;

/// <summary>One per customer, keyed "tenantId/customerId"; fed by the tenant's order events.</summary>
public interface ICustomerGrain
{
    Task<CustomerState> GetStateAsync();
}
