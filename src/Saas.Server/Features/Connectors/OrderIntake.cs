using System.Text.Json;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Connectors;

/// <summary>
/// An event about a customer the shop knows by <see cref="CustomerId"/>: an order amended, cancelled or refunded,
/// or its details. <see cref="SourceId"/> makes a replay of it a duplicate.
/// </summary>
public sealed record CustomerChange(string CustomerId, string SourceId, string Kind, object Payload);

/// <summary>Appends orders to the event log; when this returns they are durable and will reach their grains.</summary>
public sealed class OrderIntake(EventLog log, GrainJson json)
{
    public async Task<IngestionResult> SubmitAsync(string tenantId, IReadOnlyList<Order> orders, CancellationToken ct)
    {
        var events = orders.Select(o => ToEvent(tenantId, new CustomerChange(o.Customer.Id, $"order/{o.Id}", CustomerEvents.OrderPlaced, o))).ToArray();
        var appended = await log.AppendAsync(events, ct);
        var duplicates = orders.Where((_, i) => !appended[i]).Select(o => o.Id).ToArray();
        return new IngestionResult(orders.Count - duplicates.Length, duplicates);
    }

    /// <summary>Appends later changes to the same customers' event logs as their orders.</summary>
    /// <returns>For each change: true if appended now, false if its source id was already there.</returns>
    public Task<bool[]> SubmitChangesAsync(string tenantId, IReadOnlyList<CustomerChange> changes, CancellationToken ct) =>
        log.AppendAsync([.. changes.Select(c => ToEvent(tenantId, c))], ct);

    private NewEvent ToEvent(string tenantId, CustomerChange change) => new(
        new GrainId(CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, change.CustomerId)),
        change.SourceId,
        change.Kind,
        JsonSerializer.Serialize(change.Payload, change.Payload.GetType(), json.Options));
}
