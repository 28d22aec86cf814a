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
            var customerId = reader.Read<string>();
            var name = TextOrNull(reader);
            var orders = reader.Read<int>();
            var revenue = reader.Read<decimal>();
            var firstOrderAt = reader.Read<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            var lastOrderAt = reader.Read<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            var purchaseDays = reader.Read<int>();
            var firstDaySpend = reader.Read<decimal>();
            var meanInterval = ValueOrNull<double>(reader);
            var intervalStd = ValueOrNull<double>(reader);
            var manager = TextOrNull(reader);
            var nextReview = ValueOrNull<DateTimeOffset>(reader);
            var updatedAt = reader.Read<DateTimeOffset>(NpgsqlDbType.TimestampTz);
            var columns = new RescoredColumns(
                reader.Read<short>(), reader.Read<short>(), reader.Read<short>(),
                reader.Read<string>(), reader.Read<DateTimeOffset>(NpgsqlDbType.TimestampTz),
                TextOrNull(reader), ValueOrNull<double>(reader),
                ValueOrNull<double>(reader), ValueOrNull<double>(reader), ValueOrNull<double>(reader),
                ValueOrNull<decimal>(reader), ValueOrNull<decimal>(reader),
                ValueOrNull<double>(reader) ?? 0, TextOrNull(reader));
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
                writer.Write(row.CustomerId);
                writer.Write(row.UpdatedAt, NpgsqlDbType.TimestampTz);
                writer.Write(c.R);
                writer.Write(c.F);
                writer.Write(c.M);
                writer.Write(c.Segment);
                writer.Write(c.SegmentSince, NpgsqlDbType.TimestampTz);
                writer.Write(c.AbcClass);
                writer.Write(c.ProbabilityAlive, NpgsqlDbType.Double);
                writer.Write(c.ExpectedPurchases30, NpgsqlDbType.Double);
                writer.Write(c.ExpectedPurchases90, NpgsqlDbType.Double);
                writer.Write(c.ExpectedPurchases365, NpgsqlDbType.Double);
                writer.Write(c.ExpectedSpend, NpgsqlDbType.Numeric);
                writer.Write(c.Clv, NpgsqlDbType.Numeric);
                writer.Write(c.ChurnRisk);
                writer.Write(c.PurchasingPower);
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

    // Fields are read synchronously: the exporter buffers each row, and an await per field costs more than the read.
    private static string? TextOrNull(NpgsqlBinaryExporter reader)
    {
        if (!reader.IsNull) return reader.Read<string>();
        reader.Skip();
        return null;
    }

    private static T? ValueOrNull<T>(NpgsqlBinaryExporter reader) where T : struct
    {
        if (!reader.IsNull) return reader.Read<T>();
        reader.Skip();
        return null;
    }
}
