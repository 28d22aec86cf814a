using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Saas.Domain.Clv;
using Saas.Grains.Core;

namespace Saas.Server.Features.Tenants;

/// <summary>Fits the tenant's BG/NBD and Gamma-Gamma models and records each fit (parameters, log-likelihood, size, time).</summary>
public sealed class TenantFits(NpgsqlDataSource db, GrainJson json, TimeProvider time)
{
    public sealed record Result(BgNbdParameters BgNbd, GammaGammaParameters? GammaGamma, int SampleSize);

    public async Task<Result> FitAsync(string tenantId, int customers, PeriodUnit unit, CancellationToken ct = default)
    {
        var summaries = await TenantStatistics.ReadSummariesAsync(db, tenantId, customers, unit, ct);
        var clock = Stopwatch.StartNew();
        var bgNbd = BgNbd.Fit(summaries.Select(s => s.Repeat).ToArray());
        await RecordAsync(tenantId, "bgnbd", bgNbd.Parameters, bgNbd.LogLikelihood, bgNbd.SampleSize, bgNbd.Iterations, clock.Elapsed, ct);
        var spenders = summaries.Where(s => s.Spend.X > 0).Select(s => s.Spend).ToArray();
        GammaGammaParameters? gammaGamma = null;
        if (spenders.Length >= 2)
        {
            clock.Restart();
            var fit = GammaGamma.Fit(spenders);
            await RecordAsync(tenantId, "gammagamma", fit.Parameters, fit.LogLikelihood, fit.SampleSize, fit.Iterations, clock.Elapsed, ct);
            gammaGamma = fit.Parameters;
        }
        return new Result(bgNbd.Parameters, gammaGamma, summaries.Count);
    }

    private async Task RecordAsync(
        string tenantId, string model, object parameters, double logLikelihood, int sampleSize, int iterations, TimeSpan took, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO tenant_model_fits (tenant_id, model, parameters, log_likelihood, sample_size, iterations, seconds, fitted_at)
            VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(model);
        cmd.Parameters.AddWithValue(JsonSerializer.Serialize(parameters, json.Options));
        cmd.Parameters.AddWithValue(logLikelihood);
        cmd.Parameters.AddWithValue(sampleSize);
        cmd.Parameters.AddWithValue(iterations);
        cmd.Parameters.AddWithValue(took.TotalSeconds);
        cmd.Parameters.AddWithValue(time.GetUtcNow());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
