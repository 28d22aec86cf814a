using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>Monthly cohorts by first order, and the share of each that bought again in each later month.</summary>
public static class CohortAnalysis
{
    public const int MaxMonths = 36;

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/cohorts", HandleAsync).WithSummary("Monthly cohort retention over the last months (1 to 36, 12 by default)");

    private static Task<Results<Ok<CohortRetention>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, TimeProvider time, CancellationToken ct, string? months = null)
    {
        var query = new QueryParameters();
        var count = query.Integer("months", months, 12, 1, MaxMonths);
        return TenantAnalysis.AnswerAsync(http, scope, query,
            (tx, tenantId) => ReadAsync(tx, tenantId, OrderAggregates.MonthOf(time.GetUtcNow()), count, ct), ct);
    }

    /// <param name="current">The first day of the current month: the last cohort, and the last month of activity.</param>
    public static async Task<CohortRetention> ReadAsync(TenantTransaction tx, string tenantId, DateOnly current, int months, CancellationToken ct)
    {
        var first = current.AddMonths(1 - months);
        await using var cmd = tx.Query("""
            SELECT cohort_month, NULL::date, customers FROM cohort_sizes WHERE tenant_id = $1 AND cohort_month BETWEEN $2 AND $3
            UNION ALL
            SELECT cohort_month, activity_month, customers FROM cohort_activity
            WHERE tenant_id = $1 AND cohort_month BETWEEN $2 AND $3 AND activity_month <= $3
            """, tenantId, first, current);
        var rows = await cmd.ReadAllAsync(
            r => (Cohort: r.GetFieldValue<DateOnly>(0), Activity: r.IsDBNull(1) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(1), Customers: r.GetInt64(2)), ct);
        var sizes = rows.Where(r => r.Activity is null).ToDictionary(r => r.Cohort, r => r.Customers);
        var active = rows.Where(r => r.Activity is not null).ToDictionary(r => (r.Cohort, MonthsBetween(r.Cohort, r.Activity!.Value)), r => r.Customers);
        return new CohortRetention([.. Enumerable.Range(0, months).Select(i =>
        {
            var month = first.AddMonths(i);
            var size = sizes.GetValueOrDefault(month);
            long[] counts = [.. Enumerable.Range(0, months - i).Select(offset => active.GetValueOrDefault((month, offset)))];
            return new Cohort(month, size, counts, [.. counts.Select(c => size == 0 ? 0 : (double)c / size)]);
        })]);
    }

    private static int MonthsBetween(DateOnly from, DateOnly to) => (to.Year - from.Year) * 12 + to.Month - from.Month;
}
