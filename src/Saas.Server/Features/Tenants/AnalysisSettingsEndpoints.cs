using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Domain.Analysis;
using Saas.Grains.Hosting;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Tenants;

/// <summary>
/// <c>/api/v1/settings/analysis</c>: the tenant's analysis settings (score levels, segment names and rules, ABC
/// shares, discount rate, alert lines) with the model they produced, and the history of its fits.
/// </summary>
public static class AnalysisSettingsEndpoints
{
    public static RouteGroupBuilder MapAnalysisSettings(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/settings/analysis").WithTags("Analysis settings")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        settings.MapGet("/", GetAsync).WithSummary("The settings and the current model (cut points, fitted parameters)");
        settings.MapPut("/", SaveAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization(IdentitySetup.TenantOwnerPolicy)
            .WithSummary("Save the settings; the model is recomputed and every customer re-scored at once");
        settings.MapPost("/refit", RefitAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization(IdentitySetup.TenantOwnerPolicy)
            .WithSummary("Fit BG/NBD and Gamma-Gamma again now");
        settings.MapGet("/fits", FitsAsync).WithSummary("The latest fits: parameters, log-likelihood, sample size, time");
        return api;
    }

    private static async Task<Ok<AnalysisSettingsView>> GetAsync(HttpContext http, TenantSettingsStore store, TenantModelCache models, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        return TypedResults.Ok(new AnalysisSettingsView(await store.ReadAsync(tenantId, ct), await models.GetAsync(tenantId)));
    }

    private static async Task<Results<Ok<AnalysisSettingsView>, ValidationProblem>> SaveAsync(
        AnalysisSettings settings, HttpContext http, TenantScope scope, TenantSettingsStore store, GrainRuntime grains, AuditLog audit, CancellationToken ct)
    {
        if (AnalysisSettingsValidation.Errors(settings) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using (var tx = await scope.BeginAsync(tenantId, ct))
        {
            await store.WriteAsync(tx, tenantId, settings, ct);
            await tx.CommitAsync(ct);
        }
        await audit.RecordAsync(http, "settings.analysis", "settings/analysis", tenantId, ct);
        var model = await grains.GetGrain<ITenantGrain>(tenantId).RecomputeModelAsync();
        return TypedResults.Ok(new AnalysisSettingsView(settings, model));
    }

    private static async Task<Ok<AnalysisSettingsView>> RefitAsync(HttpContext http, TenantSettingsStore store, GrainRuntime grains, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var model = await grains.GetGrain<ITenantGrain>(tenantId).RecomputeModelAsync(refit: true);
        return TypedResults.Ok(new AnalysisSettingsView(await store.ReadAsync(tenantId, ct), model));
    }

    private static async Task<Ok<IReadOnlyList<ModelFit>>> FitsAsync(HttpContext http, TenantScope scope, CancellationToken ct, int limit = 20)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("""
            SELECT model, parameters::text, log_likelihood, sample_size, iterations, seconds, fitted_at FROM tenant_model_fits
            WHERE tenant_id = $1 ORDER BY fitted_at DESC, id DESC LIMIT $2
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(Math.Clamp(limit, 1, 200));
        var fits = new List<ModelFit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            fits.Add(new ModelFit(reader.GetString(0), System.Text.Json.JsonDocument.Parse(reader.GetString(1)).RootElement.Clone(),
                reader.GetDouble(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetDouble(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return TypedResults.Ok<IReadOnlyList<ModelFit>>(fits);
    }
}

/// <summary>The settings and the model they produced (the version every customer is now scored with).</summary>
public sealed record AnalysisSettingsView(AnalysisSettings Settings, TenantModel Model);

public sealed record ModelFit(
    string Model, System.Text.Json.JsonElement Parameters, double LogLikelihood, int SampleSize, int Iterations, double Seconds, DateTimeOffset FittedAt);

public static class AnalysisSettingsValidation
{
    /// <summary>The settings' own validation, by field; a body with a missing part is refused before it is looked at.</summary>
    public static Dictionary<string, string[]> Errors(AnalysisSettings settings)
    {
        if (settings.Rfm is null || settings.Rfm.Rules is null || settings.Rfm.Names is null || settings.Abc is null)
        {
            return new() { ["rfm"] = ["rfm (levels, rules, names) and abc (a, b) are required."] };
        }
        return settings.Validate()
            .GroupBy(e => e[..Math.Max(0, e.IndexOf(':'))])
            .ToDictionary(g => g.Key.Length == 0 ? "settings" : g.Key, g => g.Select(e => e[(e.IndexOf(':') + 1)..].Trim()).ToArray());
    }
}
