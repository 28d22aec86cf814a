using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using Saas.Domain.Abc;
using Saas.Domain.Analysis;
using Saas.Domain.Rfm;
using Saas.Grains.Core;
using Saas.Server.Features.Analyses;
using Saas.Server.Features.Customers;
using Saas.Server.Options;

namespace Saas.Server.Features.Tenants;

/// <summary>
/// Keeps the tenant's model: score cut points, ABC cut-offs and the other tenant-wide figures on a schedule, and
/// the BG/NBD and Gamma-Gamma fits when due (age) or when enough new customers arrived. A new version is
/// published to every node and re-scores the tenant's customers at once.
/// </summary>
public sealed class TenantGrain(
    NpgsqlDataSource db, IOptions<AnalysisOptions> options, TenantSettingsStore settings, TenantFits fits,
    TenantModelCache cache, CustomerRescoring rescoring, SegmentSnapshots snapshots, GrainJson json)
    : Grain<TenantState>, ITenantGrain, IRemindable
{
    public const string TypeName = "tenant";
    public const string RecomputeReminder = "recompute-model";

    /// <summary>The tenant's periodic round: its model, and the weekly segment snapshots that are due.</summary>
    public async Task ReceiveReminderAsync(string reminderName)
    {
        await RecomputeModelAsync();
        await snapshots.TakeDueAsync(GrainId.Key, Time.GetUtcNow());
    }

    public async Task<TenantModel> RecomputeModelAsync(bool refit = false)
    {
        var tenantId = GrainId.Key;
        var tenantSettings = await settings.ReadAsync(tenantId);
        var statistics = await TenantStatistics.ReadAsync(db, tenantId, RfmThresholds.QuantileFractions(tenantSettings.Rfm.Levels), default);
        var enough = statistics.Customers >= options.Value.MinimumSample;
        var model = State.Model with
        {
            Settings = tenantSettings,
            Thresholds = enough ? Rounded(statistics) : RfmThresholds.DefaultFor(tenantSettings.Rfm.Levels),
            Abc = statistics.Revenues.Count > 0 ? AbcAnalysis.Cutoffs(statistics.Revenues, tenantSettings.Abc) : null,
            AverageOrderValueCutPoints = statistics.AverageOrderValueCuts.Length == 3 ? statistics.AverageOrderValueCuts : TenantModel.Default.AverageOrderValueCutPoints,
            TypicalIntervalDays = Math.Round(statistics.TypicalIntervalDays ?? TenantModel.Default.TypicalIntervalDays, 1),
            TopClvQuintileFrom = statistics.TopClvQuintileFrom,
            SampleSize = statistics.Customers,
        };
        if (enough && (refit || FitIsDue(statistics.Customers) || model.Settings.FitPeriod != State.Model.Settings.FitPeriod))
        {
            var fit = await fits.FitAsync(tenantId, statistics.Customers, tenantSettings.FitPeriod);
            model = model with { BgNbd = fit.BgNbd, GammaGamma = fit.GammaGamma };
            State.FittedAt = Time.GetUtcNow();
            State.FittedSampleSize = statistics.Customers;
        }
        if (!Changed(State.Model, model)) return State.Model;
        model = model with { Version = State.Model.Version + 1, ComputedAt = Time.GetUtcNow() };
        var predictionsChanged = PredictionsChanged(State.Model, model);
        await PublishAsync(tenantId, model);
        State.Model = model;
        await WriteStateAsync();
        await rescoring.RescoreAsync(tenantId, model, predictionsChanged);
        return model;
    }

    private bool FitIsDue(int customers) =>
        State.FittedAt is not { } fittedAt
        || Time.GetUtcNow() - fittedAt >= options.Value.RefitInterval
        || customers >= State.FittedSampleSize * (1 + options.Value.RefitGrowth);

    /// <summary>Whole days and cents: cut points that moved by less do not re-score a million customers.</summary>
    private static RfmThresholds Rounded(TenantStatistics s) => new(
        s.RecencyCuts.Select(c => Math.Round(c)).ToArray(), s.FrequencyCuts, s.MonetaryCuts.Select(m => Math.Round(m, 2)).ToArray());

    private bool Changed(TenantModel before, TenantModel after) =>
        Json(before with { Version = 0, ComputedAt = default, SampleSize = 0 }) != Json(after with { Version = 0, ComputedAt = default, SampleSize = 0 });

    /// <summary>Predictions move with the fits and with the settings they are computed under (discount rate, period).</summary>
    private bool PredictionsChanged(TenantModel before, TenantModel after) => Json(PredictionInputs(before)) != Json(PredictionInputs(after));

    private static object PredictionInputs(TenantModel m) =>
        new { m.BgNbd, m.GammaGamma, m.Settings.AnnualDiscountRate, m.Settings.FitPeriod, m.TypicalIntervalDays };

    private string Json<T>(T value) => JsonSerializer.Serialize(value, json.Options);

    private async Task PublishAsync(string tenantId, TenantModel model)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO tenant_models (tenant_id, version, model, computed_at) VALUES ($1, $2, $3::jsonb, $4)
            ON CONFLICT (tenant_id) DO UPDATE SET version = excluded.version, model = excluded.model, computed_at = excluded.computed_at
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(model.Version);
        cmd.Parameters.AddWithValue(Json(model));
        cmd.Parameters.AddWithValue(model.ComputedAt);
        await cmd.ExecuteNonQueryAsync();
        cache.Remember(tenantId, model);
    }
}
