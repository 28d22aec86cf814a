using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Saas.Domain.Analysis;
using Saas.Domain.Behaviour;
using Saas.Domain.Rfm;

namespace Saas.Bench;

/// <summary>
/// Fills a tenant's customers projection directly (binary COPY), as the grains would have published it under the
/// default model: heterogeneous buying rates and spends, scores, segments and purchasing power from the default model.
/// </summary>
internal static class CustomerTable
{
    public static async Task<TimeSpan> SeedAsync(NpgsqlDataSource db, string tenantId, int customers, int seed = 7)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var counts = new Dictionary<Segment, long>();
        await using (var connection = await db.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY customers (tenant_id, customer_id, name, orders, revenue, currency, first_order_at, last_order_at, r, f, m, segment,
                            segment_since, updated_at, purchase_days, first_day_spend, average_order_value, mean_interval_days, churn_risk, purchasing_power, next_review_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var c = 0; c < customers; c++)
            {
                var orders = 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3);
                var each = Math.Round(10m + (decimal)(random.NextDouble() * random.NextDouble() * 200), 2);
                var interval = 5 + random.NextDouble() * 90;
                var last = now.AddDays(-random.NextDouble() * 720);
                var first = last.AddDays(-interval * (orders - 1));
                var revenue = each * orders;
                var score = RfmThresholds.Default.Score(new RfmValues((now - last).TotalDays, orders, revenue));
                var segment = RfmSettings.Default.SegmentOf(score);
                counts[segment] = counts.GetValueOrDefault(segment) + 1;
                await writer.StartRowAsync();
                await writer.WriteAsync(tenantId);
                await writer.WriteAsync($"c-{c}");
                await writer.WriteAsync($"Customer {c}");
                await writer.WriteAsync(orders);
                await writer.WriteAsync(revenue, NpgsqlDbType.Numeric);
                await writer.WriteAsync("EUR");
                await writer.WriteAsync(first, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(last, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync((short)score.R);
                await writer.WriteAsync((short)score.F);
                await writer.WriteAsync((short)score.M);
                await writer.WriteAsync(segment.ToString());
                await writer.WriteAsync(last, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(orders);
                await writer.WriteAsync(each, NpgsqlDbType.Numeric);
                await writer.WriteAsync(each, NpgsqlDbType.Numeric);
                await writer.WriteAsync(orders > 1 ? interval : (double?)null, NpgsqlDbType.Double);
                await writer.WriteAsync(0.0);
                await writer.WriteAsync(PurchasingPowers.Of(each, TenantModel.Default.AverageOrderValueCutPoints).ToString());
                // When the grain would have woken: the next default recency cut point, else in 30 days.
                await writer.WriteAsync(
                    ReviewSchedule.NextRecencyBoundary(RfmThresholds.Default.RecencyDays, last, now) ?? now.AddDays(30), NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        await using var segmentCounts = db.CreateCommand("INSERT INTO segment_counts (tenant_id, segment, customers) SELECT $1, * FROM unnest($2::text[], $3::bigint[])");
        segmentCounts.Parameters.AddWithValue(tenantId);
        segmentCounts.Parameters.AddWithValue(counts.Keys.Select(s => s.ToString()).ToArray());
        segmentCounts.Parameters.AddWithValue(counts.Values.ToArray());
        await segmentCounts.ExecuteNonQueryAsync();
        await using var analyze = db.CreateCommand("ANALYZE customers");
        await analyze.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }
}
