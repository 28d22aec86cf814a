using Npgsql;
using Saas.Domain.Clv;

namespace Saas.Server.Features.Tenants;

/// <summary>What a tenant's model is computed from, read from the customers projection.</summary>
public sealed record TenantStatistics(
    int Customers,
    double[] RecencyCuts,
    double[] FrequencyCuts,
    double[] MonetaryCuts,
    decimal[] AverageOrderValueCuts,
    double? TypicalIntervalDays,
    double? TopClvQuintileFrom,
    IReadOnlyList<decimal> Revenues)
{
    /// <summary>A BG/NBD fit needs no more customers than this; larger tenants fit on a random sample.</summary>
    public const int FitSampleLimit = 200_000;

    public static async Task<TenantStatistics> ReadAsync(NpgsqlDataSource db, string tenantId, double[] quantiles, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT count(*)::int,
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY extract(epoch FROM now() - last_order_at) / 86400),
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY orders),
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY revenue),
                   percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY average_order_value),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY mean_interval_days),
                   percentile_cont(0.8) WITHIN GROUP (ORDER BY clv)
            FROM customers WHERE tenant_id = $1 AND orders > 0
            """) { Parameters = { new() { Value = tenantId }, new() { Value = quantiles } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT revenue FROM customers WHERE tenant_id = $1 AND orders > 0")
        {
            Parameters = { new() { Value = tenantId } },
        });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var customers = reader.GetInt32(0);
        double[] Cuts(int column) => reader.IsDBNull(column) ? [] : reader.GetFieldValue<double[]>(column);
        var (recency, frequency, monetary) = (Cuts(1), Cuts(2), Cuts(3));
        var aov = Cuts(4).Select(c => Math.Round((decimal)c, 2)).ToArray();
        double? typical = reader.IsDBNull(5) ? null : reader.GetDouble(5);
        double? topClv = reader.IsDBNull(6) ? null : reader.GetDouble(6);
        await reader.NextResultAsync(ct);
        var revenues = new List<decimal>(customers);
        while (await reader.ReadAsync(ct)) revenues.Add(reader.GetDecimal(0));
        return new TenantStatistics(customers, recency, frequency, monetary, aov, typical, topClv, revenues);
    }

    /// <summary>Each customer's repeat purchases and spend as of today, on a random sample for large tenants.</summary>
    public static async Task<List<(RepeatSummary Repeat, SpendSummary Spend)>> ReadSummariesAsync(
        NpgsqlDataSource db, string tenantId, int customers, PeriodUnit unit, CancellationToken ct)
    {
        var sampled = customers > FitSampleLimit ? $"TABLESAMPLE BERNOULLI ({100.0 * FitSampleLimit / customers:0.####})" : "";
        await using var cmd = db.CreateCommand($"""
            SELECT purchase_days - 1,
                   (last_order_at AT TIME ZONE 'UTC')::date - (first_order_at AT TIME ZONE 'UTC')::date,
                   (now() AT TIME ZONE 'UTC')::date - (first_order_at AT TIME ZONE 'UTC')::date,
                   CASE WHEN purchase_days > 1 THEN (revenue - first_day_spend) / (purchase_days - 1) ELSE 0 END
            FROM customers {sampled} WHERE tenant_id = $1 AND orders > 0
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var period = PurchaseSummaries.PeriodDays(unit);
        var summaries = new List<(RepeatSummary, SpendSummary)>(Math.Min(customers, FitSampleLimit * 2));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var x = reader.GetInt32(0);
            summaries.Add((new RepeatSummary(x, reader.GetInt32(1) / period, reader.GetInt32(2) / period),
                new SpendSummary(x, (double)reader.GetDecimal(3))));
        }
        return summaries;
    }
}
