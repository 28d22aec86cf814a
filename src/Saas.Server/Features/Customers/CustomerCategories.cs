using Npgsql;
using Saas.Grains.Core;

namespace Saas.Server.Features.Customers;

/// <summary>What each customer bought per category (for "bought X in the last N days" and category analyses).</summary>
public static class CustomerCategories
{
    /// <param name="customers">In key order, as every writer of these rows locks them.</param>
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<(GrainId Grain, CustomerState State)> customers, CancellationToken ct)
    {
        var count = customers.Sum(c => c.State.History.Categories.Count);
        if (count == 0) return;
        var (tenants, ids, categories) = (new string[count], new string[count], new string[count]);
        var (orders, revenue, lastBought) = (new int[count], new decimal[count], new DateTimeOffset[count]);
        var at = 0;
        foreach (var (grain, state) in customers)
        {
            var customerId = CustomerEvents.CustomerIdOf(grain.Key);
            foreach (var (category, bought) in state.History.Categories.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                (tenants[at], ids[at], categories[at]) = (grain.Scope, customerId, category);
                (orders[at], revenue[at], lastBought[at]) = (bought.Orders, bought.Revenue, bought.LastBoughtAt);
                at++;
            }
        }
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO customer_categories AS c (tenant_id, customer_id, category, orders, revenue, last_bought_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::numeric[], $6::timestamptz[])
            ON CONFLICT (tenant_id, customer_id, category) DO UPDATE
            SET orders = excluded.orders, revenue = excluded.revenue, last_bought_at = excluded.last_bought_at
            WHERE c.orders <> excluded.orders OR c.last_bought_at <> excluded.last_bought_at
            """, connection);
        foreach (var column in new object[] { tenants, ids, categories, orders, revenue, lastBought }) cmd.Parameters.AddWithValue(column);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
