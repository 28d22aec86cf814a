using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Feedback;

/// <summary>
/// <c>GET /api/v1/analyses/satisfaction</c>: per product or region, the fifth of its rated customers with the
/// highest average rating there and the fifth with the lowest, and what sets the two apart.
/// </summary>
public static class SatisfactionAnalysis
{
    private const string Most = "most";
    private const string Least = "least";
    private const string All = "all";
    private const int ContrastsShown = 5;

    public static RouteGroupBuilder MapSatisfactionAnalysis(this RouteGroupBuilder analyses)
    {
        analyses.MapGet("/satisfaction", SatisfactionAsync)
            .WithSummary("The 20% most and 20% least satisfied customers per product or region (the largest groups first), and what sets them apart");
        return analyses;
    }

    private static async Task<Results<Ok<SatisfactionReport>, ValidationProblem>> SatisfactionAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? by = null, string? limit = null)
    {
        var parameters = new QueryParameters();
        var dimension = parameters.Choice("by", by, "product", "region");
        var groups = parameters.Integer("limit", limit, 50, 1, 500);
        if (!parameters.Valid) return parameters.Problem();

        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var sides = await ReadSidesAsync(tx, tenantId, dimension, groups, ct);
        var traits = await ReadTraitsAsync(tx, tenantId, dimension, groups, ct);
        var report = sides.GroupBy(s => s.Key).Select(g => ToGroup(g.Key, [.. g], traits))
            .OrderByDescending(g => g.Customers).ThenBy(g => g.Key, StringComparer.Ordinal);
        return TypedResults.Ok(new SatisfactionReport(dimension, [.. report]));
    }

    /// <summary>
    /// Each rated customer's average rating per product or region, ranked within it (ties by customer id); the
    /// top ceil(n/5) are the most satisfied, the bottom ceil(n/5) the least, in groups of at least two customers.
    /// </summary>
    private static string RankedCustomers(string dimension) => $"""
        WITH rated AS (
            SELECT {dimension} AS key, customer_id, avg(score)::float8 AS average
            FROM ratings
            WHERE tenant_id = $1 AND score IS NOT NULL AND {dimension} IS NOT NULL
            GROUP BY 1, 2
        ), largest AS (
            SELECT key FROM rated GROUP BY key HAVING count(*) >= 2 ORDER BY count(*) DESC, key LIMIT $2
        ), ranked AS (
            SELECT key, customer_id, average, count(*) OVER (PARTITION BY key) AS customers,
                   row_number() OVER (PARTITION BY key ORDER BY average DESC, customer_id) AS place
            FROM rated JOIN largest USING (key)
        ), sides AS (
            SELECT key, customer_id, average,
                   CASE WHEN place <= ceil(customers / 5.0) THEN '{Most}'
                        WHEN place > customers - ceil(customers / 5.0) THEN '{Least}' END AS side
            FROM ranked
        )
        """;

    private static async Task<IReadOnlyList<SideRow>> ReadSidesAsync(TenantTransaction tx, string tenantId, string dimension, int groups, CancellationToken ct)
    {
        await using var cmd = tx.Command(RankedCustomers(dimension) + $"""
            SELECT s.key, CASE WHEN GROUPING(s.side) = 1 THEN '{All}' ELSE s.side END, count(*)::int, avg(s.average),
                   avg(coalesce(f.complaints, 0))::float8, avg(coalesce(f.contacts, 0))::float8,
                   avg(coalesce(c.orders, 0))::float8, round(avg(coalesce(c.revenue, 0)), 2)
            FROM sides s
            LEFT JOIN customer_feedback f ON f.tenant_id = $1 AND f.customer_id = s.customer_id
            LEFT JOIN customers c ON c.tenant_id = $1 AND c.customer_id = s.customer_id
            GROUP BY GROUPING SETS ((s.key), (s.key, s.side))
            HAVING GROUPING(s.side) = 1 OR s.side IS NOT NULL
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(groups);
        var rows = new List<SideRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new SideRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4),
                reader.GetDouble(5), reader.GetDouble(6), reader.GetDecimal(7)));
        }
        return rows;
    }

    /// <summary>The customers of each side per trait: their region, channel, gender and age band, and the products they rated.</summary>
    private static async Task<ILookup<(string Key, string Side), TraitCount>> ReadTraitsAsync(
        TenantTransaction tx, string tenantId, string dimension, int groups, CancellationToken ct)
    {
        await using var cmd = tx.Command(RankedCustomers(dimension) + """
            SELECT s.key, s.side, t.trait, t.value, count(*)::int
            FROM sides s
            LEFT JOIN customers c ON c.tenant_id = $1 AND c.customer_id = s.customer_id
            CROSS JOIN LATERAL (
                VALUES ('region', c.region), ('channel', c.channel), ('gender', c.gender), ('ageBand', c.age_band)
                UNION
                SELECT 'product', r.product FROM ratings r WHERE r.tenant_id = $1 AND r.customer_id = s.customer_id AND r.product IS NOT NULL
            ) AS t(trait, value)
            WHERE s.side IS NOT NULL AND t.value IS NOT NULL
            GROUP BY s.key, s.side, t.trait, t.value
            ORDER BY s.key, s.side, t.trait, count(*) DESC, t.value
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(groups);
        var traits = new List<((string, string) Side, TraitCount Count)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            traits.Add(((reader.GetString(0), reader.GetString(1)), new TraitCount(reader.GetString(2), reader.GetString(3), reader.GetInt32(4))));
        }
        return traits.ToLookup(t => t.Side, t => t.Count);
    }

    private static SatisfactionGroup ToGroup(string key, IReadOnlyList<SideRow> rows, ILookup<(string, string), TraitCount> traits)
    {
        SatisfactionSide Side(string side)
        {
            var row = rows.Single(r => r.Side == side);
            return new SatisfactionSide(row.Customers, row.AverageRating, row.ComplaintsPerCustomer, row.ContactsPerCustomer, row.OrdersPerCustomer,
                row.RevenuePerCustomer, [.. traits[(key, side)].Select(t => new TraitShare(t.Trait, t.Value, t.Customers, (double)t.Customers / row.Customers))]);
        }
        var (all, most, least) = (rows.Single(r => r.Side == All), Side(Most), Side(Least));
        return new SatisfactionGroup(key, all.Customers, all.AverageRating, most, least, Contrast(most, least));
    }

    /// <summary>The traits whose shares differ most between the two sides.</summary>
    private static IReadOnlyList<TraitContrast> Contrast(SatisfactionSide most, SatisfactionSide least)
    {
        double ShareIn(SatisfactionSide side, TraitShare trait) =>
            side.Traits.FirstOrDefault(t => t.Trait == trait.Trait && t.Value == trait.Value)?.Share ?? 0;
        return
        [
            .. most.Traits.Concat(least.Traits).DistinctBy(t => (t.Trait, t.Value))
                .Select(t => new TraitContrast(t.Trait, t.Value, ShareIn(most, t), ShareIn(least, t)))
                .Where(c => c.MostSatisfiedShare != c.LeastSatisfiedShare)
                .OrderByDescending(c => Math.Abs(c.MostSatisfiedShare - c.LeastSatisfiedShare)).ThenBy(c => c.Trait, StringComparer.Ordinal)
                .ThenBy(c => c.Value, StringComparer.Ordinal)
                .Take(ContrastsShown),
        ];
    }

    private sealed record SideRow(
        string Key, string Side, int Customers, double AverageRating, double ComplaintsPerCustomer, double ContactsPerCustomer,
        double OrdersPerCustomer, decimal RevenuePerCustomer);

    private sealed record TraitCount(string Trait, string Value, int Customers);
}
