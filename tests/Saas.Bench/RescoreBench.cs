using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.Domain.Analysis;
using Saas.Domain.Rfm;
using Saas.Grains.Hosting;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Tenants;

namespace Saas.Bench;

/// <summary>
/// Re-scoring a tenant's customers after its cut points move (bar: 1,000,000 in under 5 s), then the whole model
/// recomputation with its first BG/NBD and Gamma-Gamma fits and every customer's new predictions.
/// </summary>
internal static class RescoreBench
{
    public static async Task<int> RunAsync(string admin, int customers)
    {
        // The seeded customers have no grain state: their review reminders must not wake empty grains during the run.
        await using var server = await BenchServer.StartAsync(admin, ("Grains:ReminderSweepInterval", "01:00:00"));
        var db = server.Services.GetRequiredService<NpgsqlDataSource>();
        var seeding = await CustomerTable.SeedAsync(db, server.TenantId, customers);
        Console.WriteLine($"seeded {customers:N0} customers in {seeding.TotalSeconds:F1} s (binary COPY)");

        var statistics = await TenantStatistics.ReadAsync(db, server.TenantId, RfmThresholds.QuantileFractions(RfmLevels.Default), default);
        var moved = TenantModel.Default with
        {
            Version = 1,
            Thresholds = new RfmThresholds(statistics.RecencyCuts.Select(c => Math.Round(c)).ToArray(), statistics.FrequencyCuts, statistics.MonetaryCuts),
        };
        var rescoring = server.Services.GetRequiredService<CustomerRescoring>();
        var first = await rescoring.RescoreAsync(server.TenantId, moved, predictionsChanged: false);
        Report("the default cut points replaced by the tenant's own quintiles", first);
        // Autovacuum clears that many dead rows within the minutes before the next recomputation.
        await using (var vacuum = db.CreateCommand("VACUUM ANALYZE customers"))
        {
            await vacuum.ExecuteNonQueryAsync();
        }
        // What a recomputation usually brings: a day more recency, 1% more spend at every cut point.
        var drifted = moved with
        {
            Version = 2,
            Thresholds = new RfmThresholds(
                moved.Thresholds.RecencyDays.Select(c => c + 1).ToArray(), moved.Thresholds.Frequency, moved.Thresholds.Monetary.Select(c => c * 1.01).ToArray()),
        };
        var outcome = await rescoring.RescoreAsync(server.TenantId, drifted, predictionsChanged: false);
        Report("the cut points drift (recency +1 day, monetary +1%)", outcome);

        var clock = Stopwatch.StartNew();
        var model = await server.Services.GetRequiredService<GrainRuntime>().GetGrain<ITenantGrain>(server.TenantId).RecomputeModelAsync(refit: true);
        Console.WriteLine($"(recompute) quintiles, ABC cut-offs, BG/NBD + Gamma-Gamma fits on a sample of {Math.Min(customers, TenantStatistics.FitSampleLimit):N0} " +
                          $"and every customer's P(alive), expected purchases and CLV: {clock.Elapsed.TotalSeconds:F1} s (model version {model.Version})");
        return outcome.Took < TimeSpan.FromSeconds(5) ? 0 : 1;
    }

    private static void Report(string what, CustomerRescoring.Outcome outcome) => Console.WriteLine(
        $"(rescore) {what}: {outcome.Customers:N0} customers re-scored in {outcome.Took.TotalSeconds:F2} s " +
        $"(scoring and updating the rows {outcome.Rescoring.TotalSeconds:F2} s, recording moves, alerts and reviews {outcome.Recording.TotalSeconds:F2} s); " +
        $"{outcome.Changed:N0} rows changed, {outcome.Moved:N0} moved segment, {outcome.Alerts:N0} alerts (bar < 5 s)");
}
