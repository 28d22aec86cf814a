using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Domain.Rfm;
using Saas.Grains.Core;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

public sealed class TenantGrain(NpgsqlDataSource db, IOptions<RfmOptions> options) : Grain<TenantState>, ITenantGrain, IRemindable
{
    public const string TypeName = "tenant";
    public const string RecomputeReminder = "recompute-rfm";

    public Task ReceiveReminderAsync(string reminderName) => RecomputeRfmThresholdsAsync();

    /// <summary>Quantiles (quintiles at the default five levels) of recency, frequency and monetary value over the tenant's customers with orders.</summary>
    public async Task<RfmThresholds> RecomputeRfmThresholdsAsync()
    {
        var tenantId = GrainId.Key;
        await using var cmd = db.CreateCommand("""
            SELECT count(*)::int,
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY extract(epoch FROM now() - last_order_at) / 86400),
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY orders),
                   percentile_cont($2::float8[]) WITHIN GROUP (ORDER BY revenue)
            FROM customers WHERE tenant_id = $1 AND orders > 0
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(RfmThresholds.QuantileFractions(RfmThresholds.Default.Levels));
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            State.SampleSize = reader.GetInt32(0);
            State.Rfm = State.SampleSize >= options.Value.MinimumSample
                ? new RfmThresholds(reader.GetFieldValue<double[]>(1), reader.GetFieldValue<double[]>(2), reader.GetFieldValue<double[]>(3))
                : RfmThresholds.Default;
        }
        State.ComputedAt = Time.GetUtcNow();
        await WriteStateAsync();
        await PublishAsync(tenantId);
        return State.Rfm;
    }

    /// <summary>Every node reads thresholds from this table (through <see cref="RfmThresholdsCache"/>).</summary>
    private async Task PublishAsync(string tenantId)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO tenant_rfm_thresholds (tenant_id, recency_days, frequency, monetary, sample_size, computed_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (tenant_id) DO UPDATE SET recency_days = excluded.recency_days, frequency = excluded.frequency,
                monetary = excluded.monetary, sample_size = excluded.sample_size, computed_at = excluded.computed_at
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(State.Rfm.RecencyDays);
        cmd.Parameters.AddWithValue(State.Rfm.Frequency);
        cmd.Parameters.AddWithValue(State.Rfm.Monetary);
        cmd.Parameters.AddWithValue(State.SampleSize);
        cmd.Parameters.AddWithValue(State.ComputedAt!.Value);
        await cmd.ExecuteNonQueryAsync();
    }
}
