using System.Text.Json;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identities;

namespace Saas.Server.Features.Connectors;

/// <summary>Appends orders to the event log; when this returns they are durable and will reach their grains.</summary>
public sealed class OrderIntake(CustomerResolution customers, GrainJson json)
{
    public async Task<IngestionResult> SubmitAsync(string tenantId, IReadOnlyList<Order> orders, CancellationToken ct)
    {
        var events = orders.Select(o => new CustomerEvent(
            o.Customer,
            $"order/{o.Id}",
            CustomerEvents.OrderPlaced,
            JsonSerializer.Serialize(o, json.Options))).ToArray();
        var appended = await customers.AppendAsync(tenantId, events, ct);
        var duplicates = orders.Where((_, i) => !appended[i]).Select(o => o.Id).ToArray();
        return new IngestionResult(orders.Count - duplicates.Length, duplicates);
    }
}
