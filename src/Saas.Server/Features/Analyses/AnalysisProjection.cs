using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Folds the orders applied in a checkpoint into the analysis pre-aggregates, in the checkpoint's transaction:
/// summed per key in memory, then one upsert per table, tables in a fixed order and rows in key order.
/// </summary>
public sealed class AnalysisProjection : ICheckpointParticipant
{
    private const string ReturnTotals = "RETURNING t.tenant_id, t.customer_id, t.orders, t.revenue, t.discounts, t.cost_of_goods, t.orders_with_cost, t.refunds";

    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        var orders = new OrderAggregates();
        foreach (var fact in context.Facts)
        {
            if (fact.Kind == CustomerEvents.OrderAppliedFact) orders.Add(fact.Scope, fact.Read<OrderApplied>());
            else if (fact.Kind == CustomerEvents.OrderProfitChangedFact) orders.Add(fact.Scope, fact.Read<OrderProfitChanged>());
        }
        if (orders.IsEmpty) return;
        var changes = await AddToCustomersAsync(context.Connection, orders.Customers(), cancellationToken);
        await using var batch = new NpgsqlBatch(context.Connection);
        foreach (var rows in CustomerProfitChange.Tables(changes).Concat(orders.Tables()).Where(r => r.Count > 0))
        {
            batch.BatchCommands.Add(rows.AddCommand());
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <returns>Each customer's totals before and after the batch: the revenue buckets move customers by them.</returns>
    private static async Task<List<CustomerProfitChange>> AddToCustomersAsync(
        NpgsqlConnection connection, IReadOnlyList<CustomerProfit> added, CancellationToken ct)
    {
        var addedByCustomer = added.ToDictionary(c => (c.TenantId, c.CustomerId));
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { CustomerProfit.Rows(added).AddCommand(ReturnTotals) } };
        var changes = new List<CustomerProfitChange>(added.Count);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var after = new CustomerProfit(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDecimal(3),
                reader.GetDecimal(4), reader.GetDecimal(5), reader.GetInt32(6), reader.GetDecimal(7));
            changes.Add(CustomerProfitChange.Of(after, addedByCustomer[(after.TenantId, after.CustomerId)]));
        }
        return changes;
    }
}
