using Npgsql;
using Saas.Server.Features.Analyses;

namespace Saas.Server.Features.Identities;

/// <summary>
/// Sets or removes whole customer_profits rows (the checkpoint only ever adds to them), moving the customer between
/// revenue buckets and correcting the tenant's totals to match.
/// </summary>
public static class CustomerProfitRows
{
    private const string Columns = "tenant_id, customer_id, orders, revenue, discounts, cost_of_goods, orders_with_cost, refunds";

    /// <summary>Sets the customers' rows to <paramref name="profits"/> (all of one tenant, with at least one order each).</summary>
    public static async Task SetAsync(NpgsqlConnection connection, string tenantId, IReadOnlyList<CustomerProfit> profits, CancellationToken ct)
    {
        if (profits.Count == 0) return;
        var sorted = profits.OrderBy(p => p.CustomerId, StringComparer.Ordinal).ToArray();
        var before = await ReadAsync(connection, tenantId, [.. sorted.Select(p => p.CustomerId)], ct);
        await using var batch = new NpgsqlBatch(connection);
        var set = new NpgsqlBatchCommand($"""
            INSERT INTO customer_profits AS t ({Columns})
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::numeric[], $5::numeric[], $6::numeric[], $7::int[], $8::numeric[])
            ON CONFLICT (tenant_id, customer_id) DO UPDATE SET orders = excluded.orders, revenue = excluded.revenue,
                discounts = excluded.discounts, cost_of_goods = excluded.cost_of_goods, orders_with_cost = excluded.orders_with_cost,
                refunds = excluded.refunds
            """);
        foreach (var column in CustomerProfit.Rows(sorted).Columns) set.Parameters.AddWithValue(column.Values);
        batch.BatchCommands.Add(set);
        var changes = sorted.Select(p => new CustomerProfitChange(before.GetValueOrDefault(p.CustomerId), p)).ToArray();
        foreach (var rows in CustomerProfitChange.Tables(changes).Where(r => r.Count > 0)) batch.BatchCommands.Add(rows.AddCommand());
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Deletes the customers' rows: they leave their buckets and the tenant's totals.</summary>
    public static async Task RemoveAsync(NpgsqlConnection connection, string tenantId, IReadOnlyList<string> customerIds, CancellationToken ct)
    {
        await using var delete = new NpgsqlCommand(
            $"DELETE FROM customer_profits WHERE tenant_id = $1 AND customer_id = ANY($2) RETURNING {Columns}", connection);
        delete.Parameters.AddWithValue(tenantId);
        delete.Parameters.AddWithValue(customerIds.ToArray());
        var removed = await ReadRowsAsync(delete, ct);
        if (removed.Count == 0) return;
        // Leaving is the reverse of arriving: the same table rows with every amount negated.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var rows in CustomerProfitChange.Tables(removed.Select(r => new CustomerProfitChange(null, r))).Where(r => r.Count > 0))
        {
            batch.BatchCommands.Add(Negated(rows).AddCommand());
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static TableRows Negated(TableRows rows) => rows with
    {
        Columns = [.. rows.Columns.Select((c, i) => i < rows.KeyColumns ? c : c with { Values = Negate(c.Values) })],
    };

    private static Array Negate(Array values) => values switch
    {
        long[] counts => counts.Select(v => -v).ToArray(),
        decimal[] amounts => amounts.Select(v => -v).ToArray(),
        int[] integers => integers.Select(v => -v).ToArray(),
        _ => throw new InvalidOperationException($"Cannot negate {values.GetType()}."),
    };

    private static async Task<Dictionary<string, CustomerProfit>> ReadAsync(
        NpgsqlConnection connection, string tenantId, string[] customerIds, CancellationToken ct)
    {
        await using var read = new NpgsqlCommand(
            $"SELECT {Columns} FROM customer_profits WHERE tenant_id = $1 AND customer_id = ANY($2) ORDER BY customer_id FOR UPDATE", connection);
        read.Parameters.AddWithValue(tenantId);
        read.Parameters.AddWithValue(customerIds);
        return (await ReadRowsAsync(read, ct)).ToDictionary(p => p.CustomerId);
    }

    private static async Task<List<CustomerProfit>> ReadRowsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<CustomerProfit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new CustomerProfit(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDecimal(3),
                reader.GetDecimal(4), reader.GetDecimal(5), reader.GetInt32(6), reader.GetDecimal(7)));
        }
        return rows;
    }
}
