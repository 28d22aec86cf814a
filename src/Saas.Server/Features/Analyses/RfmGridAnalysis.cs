using Saas.Server.Features.Customers;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Customers per (R, F) cell from rfm_cells, which triggers keep in step with every write to customers (scores
/// change as time passes and thresholds move, not only with orders). A cell's segment is its most frequent one:
/// segments follow R and the combined FM score, so one (R, F) cell can hold several.
/// </summary>
public static class RfmGridAnalysis
{
    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapAnalysis("/rfm/grid", ReadAsync).WithSummary("Customers per recency and frequency score, with their average revenue and segment");

    public static async Task<RfmGrid> ReadAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Query("""
            SELECT r, f, segment, customers, revenue FROM rfm_cells
            WHERE tenant_id = $1 AND customers > 0
            ORDER BY r DESC, f DESC, customers DESC, segment
            """, tenantId);
        var rows = await cmd.ReadAllAsync(
            r => (R: (int)r.GetInt16(0), F: (int)r.GetInt16(1), Segment: r.GetString(2), Customers: r.GetInt64(3), Revenue: r.GetDecimal(4)), ct);
        var cells = rows.GroupBy(r => (r.R, r.F)).Select(cell =>
        {
            var customers = cell.Sum(c => c.Customers);
            return new RfmCell(cell.Key.R, cell.Key.F, customers, Math.Round(cell.Sum(c => c.Revenue) / customers, 2), cell.First().Segment,
                [.. cell.Select(c => new SegmentCount(c.Segment, c.Customers))]);
        }).ToArray();
        return new RfmGrid(cells.Sum(c => c.Customers), cells);
    }
}
