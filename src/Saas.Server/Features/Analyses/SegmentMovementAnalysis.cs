using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Domain.Rfm;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// The movement matrix between the ends of two days: each customer's segment at both ends (<see cref="SegmentSnapshots"/>),
/// paired. Customers who had not bought yet at the start come from Prospect.
/// </summary>
public static class SegmentMovementAnalysis
{
    private static readonly string[] Segments = SegmentState.Names;

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/segments/movement", HandleAsync).WithSummary("Customers moving between segments from one date to another");

    private static Task<Results<Ok<SegmentMovement>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? from = null, string? to = null)
    {
        var query = new QueryParameters();
        var start = query.Date("from", from);
        var end = query.Date("to", to);
        if (query.Valid && end <= start) query.Fail("to", "Must be after from.");
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadAsync(tx, tenantId, start, end, ct), ct);
    }

    public static async Task<SegmentMovement> ReadAsync(TenantTransaction tx, string tenantId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = await SegmentSnapshots.StateAtAsync(tx, tenantId, EndOf(from), ct);
        var end = await SegmentSnapshots.StateAtAsync(tx, tenantId, EndOf(to), ct);
        var pairs = start.CountPairs(end);
        var flows = new List<SegmentFlow>();
        for (var a = 0; a < Segments.Length; a++)
        for (var b = 0; b < Segments.Length; b++)
        {
            if (pairs[a, b] > 0) flows.Add(new SegmentFlow(Segments[a], Segments[b], pairs[a, b]));
        }
        return new SegmentMovement(from, to, flows);
    }

    /// <summary>The first instant after the day (UTC): a move at or before the day's end is in effect on it.</summary>
    private static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
