using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>Categories bought together in one order (market baskets), the strongest association (lift) first.</summary>
public static class CrossSellAnalysis
{
    public const int MaxLimit = 200;

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/cross-sell", HandleAsync).WithSummary("Category pairs bought together: support, confidence and lift");

    private static Task<Results<Ok<CrossSell>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? minSupport = null, string? limit = null)
    {
        var query = new QueryParameters();
        var support = query.Share("minSupport", minSupport, 0.01, 1);
        var count = query.Integer("limit", limit, 20, 1, MaxLimit);
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadAsync(tx, tenantId, support, count, ct), ct);
    }

    public static async Task<CrossSell> ReadAsync(TenantTransaction tx, string tenantId, double minSupport, int limit, CancellationToken ct)
    {
        await using var cmd = tx.Query("""
            SELECT t.orders, p.category_a, p.category_b, p.orders, p.with_a, p.with_b
            FROM (SELECT coalesce((SELECT orders FROM analysis_totals WHERE tenant_id = $1), 0) AS orders) t
            LEFT JOIN LATERAL (
                SELECT p.category_a, p.category_b, p.orders, a.orders AS with_a, b.orders AS with_b
                FROM category_pairs p
                JOIN category_baskets a ON a.tenant_id = p.tenant_id AND a.category = p.category_a
                JOIN category_baskets b ON b.tenant_id = p.tenant_id AND b.category = p.category_b
                WHERE p.tenant_id = $1 AND p.orders > 0 AND p.orders >= $2 * t.orders
                ORDER BY p.orders::float8 / (a.orders::float8 * b.orders) DESC, p.orders DESC, p.category_a, p.category_b
                LIMIT $3) p ON true
            """, tenantId, minSupport, limit);
        var rows = await cmd.ReadAllAsync(r => (
            Orders: r.GetInt64(0), Pair: r.IsDBNull(1) ? null : new Counts(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5))), ct);
        var orders = rows[0].Orders;
        var pairs = rows.Select(r => r.Pair).OfType<Counts>().Select(p => new CategoryPair(p.A, p.B, p.Both,
            (double)p.Both / orders, (double)p.Both / p.WithA, (double)p.Both / p.WithB, (double)p.Both * orders / ((double)p.WithA * p.WithB)));
        return new CrossSell(orders, [.. pairs.OrderByDescending(p => p.Lift).ThenByDescending(p => p.Orders)
            .ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)]);
    }

    /// <summary>Orders with both categories, with A, and with B.</summary>
    private sealed record Counts(string A, string B, long Both, long WithA, long WithB);
}
