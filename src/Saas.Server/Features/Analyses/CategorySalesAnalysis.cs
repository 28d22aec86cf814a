using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>Product categories by region and month, from category_sales.</summary>
public static class CategorySalesAnalysis
{
    public const int MaxMonths = 36;

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/categories/by-region", HandleAsync)
            .WithSummary("Category sales by region and month (from and to: YYYY-MM; the last 12 months by default)");

    private static Task<Results<Ok<CategorySalesByRegion>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, TimeProvider time, CancellationToken ct, string? from = null, string? to = null)
    {
        var query = new QueryParameters();
        var last = query.Month("to", to, OrderAggregates.MonthOf(time.GetUtcNow()));
        var first = query.Month("from", from, last.AddMonths(-11));
        if (query.Valid && first > last) query.Fail("from", "Must not be after to.");
        if (query.Valid && first.AddMonths(MaxMonths) <= last) query.Fail("from", $"At most {MaxMonths} months before to.");
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadAsync(tx, tenantId, first, last, ct), ct);
    }

    /// <param name="from">The first day of the first month.</param>
    /// <param name="to">The first day of the last month.</param>
    public static async Task<CategorySalesByRegion> ReadAsync(TenantTransaction tx, string tenantId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var cmd = tx.Query("""
            SELECT month, region, category, orders, quantity, revenue, discount FROM category_sales
            WHERE tenant_id = $1 AND month BETWEEN $2 AND $3 AND orders > 0
            ORDER BY month, region, category
            """, tenantId, from, to);
        var rows = await cmd.ReadAllAsync(r => new CategorySales(
            Month(r.GetFieldValue<DateOnly>(0)), r.GetString(1) is var region && region == OrderAggregates.UnreportedRegion ? null : region,
            r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetDecimal(5), r.GetDecimal(6)), ct);
        return new CategorySalesByRegion(Month(from), Month(to), rows);
    }

    private static string Month(DateOnly month) => month.ToString(QueryParameters.MonthFormat, CultureInfo.InvariantCulture);
}
