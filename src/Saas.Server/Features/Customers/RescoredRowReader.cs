using Npgsql;
using NpgsqlTypes;

namespace Saas.Server.Features.Customers;

/// <summary>Moves a tenant's published rows in and out of the re-scoring job in bulk (binary COPY both ways).</summary>
public static class RescoredRowReader
{
    /// <summary>A million rows take seconds, not the default 30 s limit of one statement, but never forever.</summary>
    private static readonly TimeSpan BulkTimeout = TimeSpan.FromMinutes(10);

    public static async Task<List<PublishedRow>> ReadAsync(NpgsqlConnection connection, string tenantId, CancellationToken ct)
    {
        // COPY cannot take parameters; the tenant id is quoted as a literal.
        var tenant = tenantId.Replace("'", "''", StringComparison.Ordinal);
        var rows = new List<PublishedRow>();
        await using var reader = await connection.BeginBinaryExportAsync($"""
            COPY (SELECT customer_id, name, orders, revenue, first_order_at, last_order_at, purchase_days, first_day_spend,
                         mean_interval_days, interval_std_days, account_manager_id, next_review_at, updated_at,
                         r, f, m, segment, segment_since, abc_class, probability_alive, expected_purchases_30, expected_purchases_90,
                         expected_purchases_365, expected_spend, clv, churn_risk, purchasing_power
                  FROM customers WHERE tenant_id = '{tenant}' AND orders > 0)
            TO STDOUT (FORMAT BINARY)
            """, ct);
        reader.Timeout = BulkTimeout;
        while (await reader.StartRowAsync(ct) != -1)
        {
            var customerId = await reader.ReadAsync<string>(ct);
            var name = await NullableAsync<string>(reader, ct);
            var orders = await reader.ReadAsync<int>(ct);
            var revenue = await reader.ReadAsync<decimal>(ct);
            var firstOrderAt = await reader.ReadAsync<DateTimeOffset>(NpgsqlDbType.TimestampTz, ct);
            var lastOrderAt = await reader.ReadAsync<DateTimeOffset>(NpgsqlDbType.TimestampTz, ct);
            var purchaseDays = await reader.ReadAsync<int>(ct);
            var firstDaySpend = await reader.ReadAsync<decimal>(ct);
            var meanInterval = await NullableValueAsync<double>(reader, ct);
            var intervalStd = await NullableValueAsync<double>(reader, ct);
            var manager = await NullableAsync<string>(reader, ct);
            var nextReview = await NullableValueAsync<DateTimeOffset>(reader, ct);
            var updatedAt = await reader.ReadAsync<DateTimeOffset>(NpgsqlDbType.TimestampTz, ct);
            var columns = new RescoredColumns(
                await reader.ReadAsync<short>(ct), await reader.ReadAsync<short>(ct), await reader.ReadAsync<short>(ct),
                await reader.ReadAsync<string>(ct), await reader.ReadAsync<DateTimeOffset>(NpgsqlDbType.TimestampTz, ct),
                await NullableAsync<string>(reader, ct), await NullableValueAsync<double>(reader, ct),
                await NullableValueAsync<double>(reader, ct), await NullableValueAsync<double>(reader, ct), await NullableValueAsync<double>(reader, ct),
                await NullableValueAsync<decimal>(reader, ct), await NullableValueAsync<decimal>(reader, ct),
                await NullableValueAsync<double>(reader, ct) ?? 0, await NullableAsync<string>(reader, ct));
            rows.Add(new PublishedRow(customerId, name, orders, revenue, firstOrderAt, lastOrderAt, purchaseDays, firstDaySpend,
                meanInterval, intervalStd, manager, nextReview, updatedAt, columns));
        }
        return rows;
    }

    /// <summary>
    /// Writes the re-scored columns of rows nobody wrote since they were read (a grain that did re-scores itself).
    /// </summary>
    /// <returns>The customers whose rows were written.</returns>
    public static async Task<HashSet<string>> WriteAsync(
        NpgsqlConnection connection, string tenantId, int modelVersion, IReadOnlyList<(PublishedRow Row, RescoredColumns After)> changed, CancellationToken ct)
    {
        if (changed.Count == 0) return [];
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE rescored (customer_id text, read_updated_at timestamptz, r smallint, f smallint, m smallint, segment text, segment_since timestamptz,
                abc_class text, probability_alive float8, e30 float8, e90 float8, e365 float8, expected_spend numeric, clv numeric,
                churn_risk float8, purchasing_power text) ON COMMIT DROP
            """, connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY rescored FROM STDIN (FORMAT BINARY)", ct))
        {
            writer.Timeout = BulkTimeout;
            foreach (var (row, c) in changed)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(row.CustomerId, ct);
                await writer.WriteAsync(row.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(c.R, ct);
                await writer.WriteAsync(c.F, ct);
                await writer.WriteAsync(c.M, ct);
                await writer.WriteAsync(c.Segment, ct);
                await writer.WriteAsync(c.SegmentSince, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(c.AbcClass, ct);
                await writer.WriteAsync(c.ProbabilityAlive, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(c.ExpectedPurchases30, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(c.ExpectedPurchases90, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(c.ExpectedPurchases365, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(c.ExpectedSpend, NpgsqlDbType.Numeric, ct);
                await writer.WriteAsync(c.Clv, NpgsqlDbType.Numeric, ct);
                await writer.WriteAsync(c.ChurnRisk, ct);
                await writer.WriteAsync(c.PurchasingPower, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await using var update = new NpgsqlCommand("""
            UPDATE customers c SET r = s.r, f = s.f, m = s.m, segment = s.segment, segment_since = s.segment_since,
                abc_class = s.abc_class, probability_alive = s.probability_alive, expected_purchases_30 = s.e30,
                expected_purchases_90 = s.e90, expected_purchases_365 = s.e365, expected_spend = s.expected_spend, clv = s.clv,
                churn_risk = s.churn_risk, purchasing_power = s.purchasing_power, model_version = $2, updated_at = now()
            FROM rescored s WHERE c.tenant_id = $1 AND c.customer_id = s.customer_id AND c.updated_at = s.read_updated_at
            RETURNING c.customer_id
            """, connection);
        update.CommandTimeout = (int)BulkTimeout.TotalSeconds;
        update.Parameters.AddWithValue(tenantId);
        update.Parameters.AddWithValue(modelVersion);
        var written = new HashSet<string>(changed.Count);
        await using var reader = await update.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) written.Add(reader.GetString(0));
        return written;
    }

    private static async Task<T?> NullableAsync<T>(NpgsqlBinaryExporter reader, CancellationToken ct) where T : class =>
        reader.IsNull ? await SkipAsync<T>(reader, ct) : await reader.ReadAsync<T>(ct);

    private static async Task<T?> NullableValueAsync<T>(NpgsqlBinaryExporter reader, CancellationToken ct) where T : struct
    {
        if (reader.IsNull)
        {
            await reader.SkipAsync(ct);
            return null;
        }
        return await reader.ReadAsync<T>(ct);
    }

    private static async Task<T?> SkipAsync<T>(NpgsqlBinaryExporter reader, CancellationToken ct) where T : class
    {
        await reader.SkipAsync(ct);
        return null;
    }
}
