using Npgsql;
using Saas.Grains.Core;

namespace Saas.Server.Features.Customers;

/// <summary>What each customer bought per category (for "bought X in the last N days" and category analyses).</summary>
public static class CustomerCategories
{
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<(GrainId Grain, CustomerState State)> customers, CancellationToken ct)
    {
        var rows = customers
            .SelectMany(c => c.State.History.Categories.Select(kv => (c.Grain, Category: kv.Key, Bought: kv.Value)))
            .OrderBy(r => r.Grain.Key, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToArray();
        if (rows.Length == 0) return;
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO customer_categories AS c (tenant_id, customer_id, category, orders, revenue, last_bought_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::numeric[], $6::timestamptz[])
            ON CONFLICT (tenant_id, customer_id, category) DO UPDATE
            SET orders = excluded.orders, revenue = excluded.revenue, last_bought_at = excluded.last_bought_at
            WHERE c.orders <> excluded.orders OR c.last_bought_at <> excluded.last_bought_at
            """, connection);
        cmd.Parameters.AddWithValue(rows.Select(r => r.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(r => CustomerEvents.CustomerIdOf(r.Grain.Key)).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(r => r.Category).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(r => r.Bought.Orders).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(r => r.Bought.Revenue).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(r => r.Bought.LastBoughtAt).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
