using Npgsql;
using NpgsqlTypes;
using Saas.Domain.Analysis;
using Saas.Domain.Behaviour;
using Saas.Domain.Rfm;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Re-scores a tenant when only its cut points moved (RFM quintiles, ABC cut-offs, purchasing-power quartiles):
/// PostgreSQL scores every row itself, in a parallel scan that keeps only the rows whose scores changed, and
/// rewrites those, so no row travels to the server. The segment of every score triple is decided here by the
/// domain's rules and handed over as a lookup array; PostgreSQL only counts cut points, with the domain's tie rules
/// (<see cref="RfmThresholds.Score"/>): R = L - #(cuts at or below the recency), F = L - #(cuts at or above the
/// orders), the same for M, each a width_bucket over cut points turned into what a row holds (negated, recency as
/// the instant of the last order).
/// </summary>
public static class CutPointRescoring
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <returns>How many customers were scored, and each changed row as it was before with its new columns.</returns>
    public static async Task<(int Customers, List<(PublishedRow Row, RescoredColumns After)> Changed)> UpdateAsync(
        NpgsqlConnection connection, string tenantId, TenantModel model, DateTimeOffset now, CancellationToken ct)
    {
        // Compiling the expressions costs more than it saves on one scan.
        await ExecuteAsync(connection, "SET LOCAL jit = off", ct);
        int customers;
        await using (var count = Command(connection, "SELECT count(*)::int FROM customers WHERE tenant_id = $1 AND orders > 0", tenantId))
        {
            customers = (int)(await count.ExecuteScalarAsync(ct))!;
        }
        await using (var score = Score(connection, tenantId, model, now)) await score.ExecuteNonQueryAsync(ct);
        // The planner cannot know how few rows changed: fetch each by its row address rather than hash the tenant.
        await ExecuteAsync(connection, "SET LOCAL enable_hashjoin = off", ct);
        await ExecuteAsync(connection, "SET LOCAL enable_mergejoin = off", ct);
        var changed = new List<(PublishedRow, RescoredColumns)>();
        await using (var update = Command(connection, UpdateSql, tenantId, now, model.Version))
        await using (var reader = await update.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) changed.Add(Read(reader));
        }
        foreach (var setting in new[] { "jit", "enable_hashjoin", "enable_mergejoin" }) await ExecuteAsync(connection, $"SET LOCAL {setting} TO DEFAULT", ct);
        return (customers, changed);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)Timeout.TotalSeconds };
        foreach (var parameter in parameters) command.Parameters.AddWithValue(parameter);
        return command;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Score(NpgsqlConnection connection, string tenantId, TenantModel model, DateTimeOffset now)
    {
        var levels = model.Thresholds.Levels;
        var aov = model.AverageOrderValueCutPoints;
        var nowSeconds = (now - DateTimeOffset.UnixEpoch).TotalSeconds;
        return new NpgsqlCommand("""
            CREATE TEMP TABLE rescored ON COMMIT DROP AS
            SELECT scores.*, ($5::text[])[((new_r - 1) * $6 + new_f - 1) * $6 + new_m] AS new_segment
            FROM (SELECT ctid AS row_id, customer_id, updated_at, r, f, m, segment, segment_since, abc_class::text AS abc_class, purchasing_power,
                         ($6 - width_bucket(-date_part('epoch', last_order_at), $2))::smallint AS new_r,
                         ($6 - width_bucket(-orders::float8, $3))::smallint AS new_f,
                         ($6 - width_bucket(-revenue, $4))::smallint AS new_m,
                         CASE WHEN $7::numeric IS NULL THEN NULL WHEN revenue <= 0 THEN 'C' WHEN revenue >= $7 THEN 'A'
                              WHEN revenue >= $8 THEN 'B' ELSE 'C' END AS new_abc,
                         ($9::text[])[1 + (revenue > $10 * orders)::int + (revenue > $11 * orders)::int + (revenue > $12 * orders)::int] AS new_power
                  FROM customers WHERE tenant_id = $1 AND orders > 0) scores
            WHERE (new_r, new_f, new_m, ($5::text[])[((new_r - 1) * $6 + new_f - 1) * $6 + new_m], new_abc, new_power)
                  IS DISTINCT FROM (r, f, m, segment, abc_class, purchasing_power)
            """, connection)
        {
            CommandTimeout = (int)Timeout.TotalSeconds,
            Parameters =
            {
                new() { Value = tenantId },
                // A recency of d days or more is a last order at or before now - d days.
                new() { Value = Ascending(model.Thresholds.RecencyDays.Select(days => days * 86_400 - nowSeconds)) },
                new() { Value = Ascending(model.Thresholds.Frequency.Select(c => -c)) },
                new() { Value = model.Thresholds.Monetary.Select(c => -(decimal)c).Order().ToArray() },
                new() { Value = SegmentLookup(model.Settings.Rfm, levels) },
                new() { Value = levels },
                new() { Value = (object?)model.Abc?.AMinimumRevenue ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Numeric },
                new() { Value = (object?)model.Abc?.BMinimumRevenue ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Numeric },
                new() { Value = Enum.GetNames<PurchasingPower>() },
                new() { Value = aov[0] },
                new() { Value = aov[1] },
                new() { Value = aov[2] },
            },
        };
    }

    private const string UpdateSql = """
        UPDATE customers c
        SET r = s.new_r, f = s.new_f, m = s.new_m, segment = s.new_segment,
            segment_since = CASE WHEN s.new_segment = s.segment THEN s.segment_since ELSE $2 END,
            abc_class = s.new_abc, purchasing_power = s.new_power, model_version = $3, updated_at = now()
        FROM rescored s
        WHERE c.ctid = s.row_id AND c.tenant_id = $1 AND c.updated_at = s.updated_at
        RETURNING c.customer_id, c.name, c.orders, c.revenue, c.first_order_at, c.last_order_at, c.purchase_days, c.first_day_spend,
                  c.mean_interval_days, c.interval_std_days, c.account_manager_id, c.next_review_at, s.updated_at,
                  s.r, s.f, s.m, s.segment, s.segment_since, s.abc_class, s.purchasing_power,
                  c.r, c.f, c.m, c.segment, c.segment_since, c.abc_class::text, c.purchasing_power,
                  c.probability_alive, c.expected_purchases_30, c.expected_purchases_90, c.expected_purchases_365,
                  c.expected_spend, c.clv, coalesce(c.churn_risk, 0)
        """;

    /// <summary>width_bucket counts the cut points at or below a value, and needs them in ascending order.</summary>
    private static double[] Ascending(IEnumerable<double> cutPoints) => [.. cutPoints.Order()];

    /// <summary>The segment of every (R, F, M), at position ((R - 1) * L + F - 1) * L + M.</summary>
    private static string[] SegmentLookup(RfmSettings rfm, int levels)
    {
        var segments = new string[levels * levels * levels];
        for (var r = 1; r <= levels; r++)
        for (var f = 1; f <= levels; f++)
        for (var m = 1; m <= levels; m++)
            segments[((r - 1) * levels + f - 1) * levels + m - 1] = rfm.SegmentOf(new RfmScore(r, f, m)).ToString();
        return segments;
    }

    private static (PublishedRow, RescoredColumns) Read(NpgsqlDataReader reader)
    {
        double? Double(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
        decimal? Decimal(int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);
        var after = new RescoredColumns(
            reader.GetInt16(20), reader.GetInt16(21), reader.GetInt16(22), reader.GetString(23), reader.GetFieldValue<DateTimeOffset>(24),
            reader.GetStringOrNull(25), Double(27), Double(28), Double(29), Double(30), Decimal(31), Decimal(32), reader.GetDouble(33),
            reader.GetStringOrNull(26));
        var before = after with
        {
            R = reader.GetInt16(13), F = reader.GetInt16(14), M = reader.GetInt16(15), Segment = reader.GetString(16),
            SegmentSince = reader.GetFieldValue<DateTimeOffset>(17), AbcClass = reader.GetStringOrNull(18), PurchasingPower = reader.GetStringOrNull(19),
        };
        var row = new PublishedRow(
            reader.GetString(0), reader.GetStringOrNull(1), reader.GetInt32(2), reader.GetDecimal(3),
            reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetInt32(6), reader.GetDecimal(7),
            Double(8), Double(9), reader.GetStringOrNull(10),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.GetFieldValue<DateTimeOffset>(12), before);
        return (row, after);
    }
}
