using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Profit per customer (revenue, net of discounts, minus cost of goods and refunds), ranked through the index on
/// customer_profits.profit, and the tenant's totals from analysis_totals.
/// </summary>
public static class ProfitabilityAnalysis
{
    public const int MaxLimit = 500;
    public const int MaxOffset = 100_000;
    private const string Ascending = "asc";
    private const string Descending = "desc";

    /// <summary>What the figures leave out, said with every answer.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Refunds are what connected shops reported refunded (Shopify refunds, WooCommerce order refunds); service costs are 0 until customer feedback carries them.",
        "Cost of goods counts the orders whose shop reported unit costs (ordersWithCost); other orders count no cost.",
        "Profit = revenue (what customers paid, discounts already taken off) - cost of goods - refunds - service cost; discounts are shown for what they cost.",
    ];

    internal static void Map(RouteGroupBuilder analyses)
    {
        analyses.MapGet("/profitability", ListAsync).WithSummary("Customers by profit, least profitable first (order=asc) or most (order=desc)");
        analyses.MapAnalysis("/profitability/summary", ReadSummaryAsync).WithSummary("The tenant's revenue, costs and profit");
    }

    private static Task<Results<Ok<ProfitabilityPage>, ValidationProblem>> ListAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? limit = null, string? offset = null, string? order = null)
    {
        var query = new QueryParameters();
        var count = query.Integer("limit", limit, 50, 1, MaxLimit);
        var skip = query.Integer("offset", offset, 0, 0, MaxOffset);
        var descending = query.Choice("order", order, Ascending, Descending) == Descending;
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadPageAsync(tx, tenantId, descending, count, skip, ct), ct);
    }

    public static async Task<ProfitabilityPage> ReadPageAsync(
        TenantTransaction tx, string tenantId, bool descending, int limit, int offset, CancellationToken ct)
    {
        var direction = descending ? "DESC" : "ASC";
        // The page's keys come from the profit index alone; only its rows are then looked up, not the skipped ones.
        await using var cmd = tx.Query($"""
            SELECT p.customer_id, c.name, p.orders, p.revenue, p.cost_of_goods, p.discounts, p.profit, p.orders_with_cost, p.refunds
            FROM (SELECT customer_id, profit FROM customer_profits WHERE tenant_id = $1
                  ORDER BY profit {direction}, customer_id {direction} LIMIT $2 OFFSET $3) page
            JOIN customer_profits p ON p.tenant_id = $1 AND p.customer_id = page.customer_id
            LEFT JOIN customers c ON c.tenant_id = $1 AND c.customer_id = page.customer_id
            ORDER BY page.profit {direction}, page.customer_id {direction}
            """, tenantId, limit, offset);
        var items = await cmd.ReadAllAsync(r => new CustomerProfitability(
            r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5),
            Refunds: r.GetDecimal(8), ServiceCost: 0, r.GetDecimal(6), r.GetInt32(7)), ct);
        return new ProfitabilityPage(descending ? Descending : Ascending, offset, limit, items, Notes);
    }

    public static async Task<ProfitabilitySummary> ReadSummaryAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Query("""
            SELECT customers, orders, revenue, cost_of_goods, discounts, unprofitable_customers, orders_with_cost, refunds
            FROM analysis_totals WHERE tenant_id = $1
            """, tenantId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return new ProfitabilitySummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Notes);
        var (revenue, costOfGoods, discounts, refunds) = (reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetDecimal(7));
        return new ProfitabilitySummary(reader.GetInt64(0), reader.GetInt64(1), revenue, costOfGoods, discounts, refunds, ServiceCost: 0,
            revenue - costOfGoods - refunds, reader.GetInt64(5), reader.GetInt64(6), Notes);
    }
}
