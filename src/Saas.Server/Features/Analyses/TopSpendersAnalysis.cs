using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Domain.Behaviour;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// What the top spenders share, against everyone else. The revenue line comes from the index on revenue; the shares
/// come from a fixed sample of about 20,000 customers read from the covering index customers_sample, because
/// counting the traits of a million customers reads them all (the analyses bench times both, and the sample's error).
/// </summary>
public static class TopSpendersAnalysis
{
    public const double MaxShare = 0.5;
    public const int SampleSize = 20_000;

    private static readonly (string Name, string Sql)[] Traits =
    [
        ("region", "c.region"),
        ("channel", "c.channel"),
        ("gender", "c.gender"),
        ("ageBand", "c.age_band"),
        ("preferredCategory", "c.preferred_categories[1]"),
        ("buyerType", "c.buyer_type"),
        ("promotionSensitivity", $"""
            CASE WHEN c.promotion_share IS NULL THEN NULL
                 WHEN c.promotion_share >= $4 THEN '{PromotionSensitivity.PromotionDriven}'
                 WHEN c.promotion_share <= $5 THEN '{PromotionSensitivity.FullPrice}'
                 ELSE '{PromotionSensitivity.Mixed}' END
            """),
    ];

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/top-spenders", HandleAsync).WithSummary("What the top spenders (the top share of customers by revenue) have in common");

    private static Task<Results<Ok<TopSpenders>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? share = null)
    {
        var query = new QueryParameters();
        var top = query.Share("share", share, 0.1, MaxShare);
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadAsync(tx, tenantId, top, ct), ct);
    }

    /// <param name="sampleSize">About how many customers to read; the bench reads every one to measure the sample's error.</param>
    public static async Task<TopSpenders> ReadAsync(TenantTransaction tx, string tenantId, double share, CancellationToken ct, int sampleSize = SampleSize)
    {
        await using var count = tx.Query("SELECT coalesce((SELECT customers FROM analysis_totals WHERE tenant_id = $1), 0)", tenantId);
        var customers = (long)(await count.ExecuteScalarAsync(ct))!;
        var none = new SpenderAverages(0, 0, 0);
        if (customers == 0) return new TopSpenders(share, 0, 0, 0, 0, none, none, []);

        var topCustomers = Math.Max(1, (long)Math.Ceiling(share * customers));
        await using var line = tx.Query(
            "SELECT revenue FROM customers WHERE tenant_id = $1 ORDER BY revenue DESC OFFSET $2 LIMIT 1", tenantId, topCustomers - 1);
        var threshold = await line.ExecuteScalarAsync(ct) as decimal? ?? 0;
        var groups = await ReadGroupsAsync(tx, tenantId, threshold, SampleBound(sampleSize, customers), ct);

        SpenderAverages Averages(bool top) => groups.TryGetValue((top, "", null), out var g) && g.Customers > 0
            ? new SpenderAverages(g.Customers, g.Orders == 0 ? 0 : Math.Round(g.Revenue / g.Orders, 2), (double)g.PurchaseDays / g.Customers)
            : none;
        var (topAverages, restAverages) = (Averages(true), Averages(false));
        double ShareOf(bool top, string trait, string? value) =>
            (top ? topAverages : restAverages).Customers is var n and > 0 ? (double)groups.GetValueOrDefault((top, trait, value)).Customers / n : 0;
        var comparisons = groups.Keys.Where(k => k.Trait != "").Select(k => (k.Trait, k.Value)).Distinct()
            .Select(t => (t.Trait, t.Value, InTop: ShareOf(true, t.Trait, t.Value), InRest: ShareOf(false, t.Trait, t.Value)))
            .OrderBy(t => Array.FindIndex(Traits, d => d.Name == t.Trait)).ThenByDescending(t => t.InTop).ThenBy(t => t.Value, StringComparer.Ordinal)
            .Select(t => new TraitComparison(t.Trait, t.Value, t.InTop, t.InRest, t.InRest == 0 ? null : t.InTop / t.InRest));
        return new TopSpenders(share, threshold, topCustomers, customers - topCustomers, topAverages.Customers + restAverages.Customers,
            topAverages, restAverages, [.. comparisons]);
    }

    /// <returns>Per (top or not, trait, value) the sampled customers; trait "" holds each side's totals.</returns>
    private static async Task<Dictionary<(bool Top, string Trait, string? Value), Group>> ReadGroupsAsync(
        TenantTransaction tx, string tenantId, decimal threshold, string sampleBound, CancellationToken ct)
    {
        // One pass, one grouping set per trait; GROUPING() tells which trait a row counts (its bit is 0).
        var traits = Enumerable.Range(0, Traits.Length).Select(i => $"t{i}").ToArray();
        await using var cmd = tx.Query($"""
            SELECT top, GROUPING({string.Join(", ", traits)}), coalesce({string.Join(", ", traits)}),
                   count(*), sum(revenue), sum(orders), sum(purchase_days)
            FROM (SELECT c.revenue >= $2 AS top, {string.Join(", ", Traits.Select((t, i) => $"{t.Sql} AS t{i}"))},
                         c.revenue, c.orders, c.purchase_days
                  FROM customers c
                  WHERE c.tenant_id = $1 AND md5(c.customer_id) COLLATE "C" < $3) c
            GROUP BY GROUPING SETS ((top), {string.Join(", ", traits.Select(t => $"(top, {t})"))})
            """, tenantId, threshold, sampleBound, PromotionSensitivity.PromotionDrivenFrom, PromotionSensitivity.FullPriceUpTo);
        var rows = await cmd.ReadAllAsync(r => (
            Key: (r.GetBoolean(0), TraitOf(r.GetInt32(1)), r.IsDBNull(2) ? null : r.GetString(2)),
            Group: new Group(r.GetInt64(3), r.GetDecimal(4), r.GetInt64(5), r.GetInt64(6))), ct);
        return rows.ToDictionary(g => g.Key, g => g.Group);
    }

    /// <returns>
    /// The bound below which md5(customer_id), 32 hex digits, falls for about <paramref name="sampleSize"/> of the
    /// customers (md5 is uniform); "g", above every md5, to read them all.
    /// </returns>
    private static string SampleBound(int sampleSize, long customers) =>
        sampleSize >= customers ? "g" : ((uint)(uint.MaxValue * ((double)sampleSize / customers))).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The trait whose GROUPING() bit (the first trait is the highest bit) is 0; "" for the totals row.</summary>
    private static string TraitOf(int grouping) =>
        Enumerable.Range(0, Traits.Length).Where(i => (grouping & (1 << (Traits.Length - 1 - i))) == 0).Select(i => Traits[i].Name).FirstOrDefault("");

    private readonly record struct Group(long Customers, decimal Revenue, long Orders, long PurchaseDays);
}
