using Microsoft.AspNetCore.Http.HttpResults;
using NpgsqlTypes;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Feedback;

/// <summary><c>GET /api/v1/analyses/complaints</c>: complaints by type, product, region, rep and month, with times to resolve.</summary>
public static class ComplaintAnalysis
{
    public static RouteGroupBuilder MapComplaintAnalysis(this RouteGroupBuilder analyses)
    {
        analyses.MapGet("/complaints", ComplaintsAsync)
            .WithSummary("Complaints opened in [from, to) by type, product, region, rep and month: counts, open, average and median hours to resolve");
        return analyses;
    }

    private static async Task<Results<Ok<ComplaintReport>, ValidationProblem>> ComplaintsAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? from = null, string? to = null)
    {
        var parameters = new QueryParameters();
        var (start, end) = (parameters.Time("from", from), parameters.Time("to", to));
        if (start >= end) parameters.Fail("to", "Later than from.");
        if (!parameters.Valid) return parameters.Problem();

        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        // In a grouping set the columns not grouped by are null, so coalesce picks the one that is.
        await using var cmd = tx.Command("""
            SELECT CASE WHEN GROUPING(type) = 0 THEN 'type' WHEN GROUPING(product) = 0 THEN 'product'
                        WHEN GROUPING(region) = 0 THEN 'region' WHEN GROUPING(rep) = 0 THEN 'rep'
                        WHEN GROUPING(month) = 0 THEN 'month' END,
                   coalesce(type, product, region, rep, month),
                   count(*)::int, (count(*) FILTER (WHERE hours IS NULL))::int,
                   avg(hours), percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)
            FROM (SELECT type, product, region, rep, to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                         (extract(epoch FROM resolved_at - opened_at) / 3600)::float8 AS hours
                  FROM complaints
                  WHERE tenant_id = $1 AND opened_at >= coalesce($2, '-infinity') AND opened_at < coalesce($3, 'infinity')) c
            GROUP BY GROUPING SETS ((), (type), (product), (region), (rep), (month))
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)start ?? DBNull.Value);
        cmd.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)end ?? DBNull.Value);
        var counts = new List<(string? Dimension, ComplaintCount Count)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts.Add((reader.GetStringOrNull(0), new ComplaintCount(
                reader.GetStringOrNull(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetDouble(5))));
        }
        IReadOnlyList<ComplaintCount> By(string dimension) =>
            [.. counts.Where(c => c.Dimension == dimension).Select(c => c.Count).OrderByDescending(c => c.Complaints).ThenBy(c => c.Value, StringComparer.Ordinal)];
        return TypedResults.Ok(new ComplaintReport(
            start, end, counts.Single(c => c.Dimension is null).Count, By("type"), By("product"), By("region"), By("rep"),
            [.. By("month").OrderBy(c => c.Value, StringComparer.Ordinal)]));
    }
}
