using System.Text.Json;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identities;

namespace Saas.Server.Features.Connectors;

/// <summary>
/// An event about a customer as the shop knows it (<see cref="Customer"/>: at least its id): an order, an order
/// amended, cancelled or refunded, or the customer's details. <see cref="SourceId"/> makes a replay of it a duplicate.
/// </summary>
public sealed record CustomerChange(CustomerBasics Customer, string SourceId, string Kind, object Payload);

/// <summary>
/// Appends orders and changes to the event log of the customer each belongs to (identity resolution); when this
/// returns they are durable and will reach their grains.
/// </summary>
public sealed class OrderIntake(CustomerResolution customers, GrainJson json)
{
    public async Task<IngestionResult> SubmitAsync(string tenantId, IReadOnlyList<Order> orders, CancellationToken ct)
    {
        var appended = await SubmitChangesAsync(
            tenantId, [.. orders.Select(o => new CustomerChange(o.Customer, $"order/{o.Id}", CustomerEvents.OrderPlaced, o))], ct);
        var duplicates = orders.Where((_, i) => !appended[i]).Select(o => o.Id).ToArray();
        return new IngestionResult(orders.Count - duplicates.Length, duplicates);
    }

    /// <returns>For each change: true if appended now, false if its source id was already there.</returns>
    public Task<bool[]> SubmitChangesAsync(string tenantId, IReadOnlyList<CustomerChange> changes, CancellationToken ct) =>
        customers.AppendAsync(tenantId, [.. changes.Select(c => new CustomerEvent(
            c.Customer, c.SourceId, c.Kind, JsonSerializer.SerializeToUtf8Bytes(c.Payload, c.Payload.GetType(), json.Options)))], ct);
}
