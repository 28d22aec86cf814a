using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Domain.Rfm;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// The movement matrix between the ends of two days. Only customers with a move in between can differ: their
/// segments at both ends come from their first and last move in the window. Everyone else stayed where they were
/// at the end: today's segment counts, with the moves since then (per day, segment_flows) turned back.
/// </summary>
public static class SegmentMovementAnalysis
{
    public const int MaxYears = 2;

    private static readonly string[] Segments = Enum.GetNames<Segment>();

    internal static void Map(RouteGroupBuilder analyses) =>
        analyses.MapGet("/segments/movement", HandleAsync).WithSummary("Customers moving between segments from one date to another");

    private static Task<Results<Ok<SegmentMovement>, ValidationProblem>> HandleAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string? from = null, string? to = null)
    {
        var query = new QueryParameters();
        var start = query.Date("from", from);
        var end = query.Date("to", to);
        if (query.Valid && end <= start) query.Fail("to", "Must be after from.");
        if (query.Valid && end > start.AddYears(MaxYears)) query.Fail("to", $"At most {MaxYears} years after from.");
        return TenantAnalysis.AnswerAsync(http, scope, query, (tx, tenantId) => ReadAsync(tx, tenantId, start, end, ct), ct);
    }

    public static async Task<SegmentMovement> ReadAsync(TenantTransaction tx, string tenantId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // The window's movers are grouped in one hash table: a million-customer tenant has hundreds of thousands a
        // month, which spill to disk at the default work_mem.
        await using (var memory = tx.Command("SET LOCAL work_mem = '128MB'"))
        {
            await memory.ExecuteNonQueryAsync(ct);
        }
        // A customer's first and last move in the window, each as one number (whole microseconds into the window,
        // times 16, plus the segment's position), so one hash aggregate finds both without sorting the moves.
        await using var cmd = tx.Query("""
            SELECT 'window', ($2::text[])[(first_move::bigint % 16)::int], ($2::text[])[(last_move::bigint % 16)::int], count(*)
            FROM (SELECT min(floor(date_part('epoch', moved_at - $3) * 1000000::float8) * 16 + array_position($2, from_segment)) AS first_move,
                         max(floor(date_part('epoch', moved_at - $3) * 1000000::float8) * 16 + array_position($2, to_segment)) AS last_move
                  FROM segment_moves
                  WHERE tenant_id = $1 AND moved_at >= $3 AND moved_at < $4
                  GROUP BY customer_id) w
            GROUP BY 2, 3
            UNION ALL
            SELECT 'later', from_segment, to_segment, sum(moves)
            FROM segment_flows WHERE tenant_id = $1 AND day > $5
            GROUP BY from_segment, to_segment
            UNION ALL
            SELECT 'now', segment, segment, customers FROM segment_counts WHERE tenant_id = $1
            """, tenantId, Segments, EndOf(from), EndOf(to), to);
        var flows = new Dictionary<(string From, string To), long>();
        var movedInto = new Dictionary<string, long>();
        var atEnd = new Dictionary<string, long>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var (part, fromSegment, toSegment, customers) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3));
                switch (part)
                {
                    case "window":
                        flows[(fromSegment, toSegment)] = customers;
                        movedInto[toSegment] = movedInto.GetValueOrDefault(toSegment) + customers;
                        break;
                    case "later":
                        atEnd[fromSegment] = atEnd.GetValueOrDefault(fromSegment) + customers;
                        atEnd[toSegment] = atEnd.GetValueOrDefault(toSegment) - customers;
                        break;
                    default:
                        atEnd[fromSegment] = atEnd.GetValueOrDefault(fromSegment) + customers;
                        break;
                }
            }
        }
        // Prospects are not counted: a customer exists from its first order, which is a move out of Prospect.
        foreach (var (segment, customers) in atEnd.Where(s => s.Key != nameof(Segment.Prospect)))
        {
            var stayed = customers - movedInto.GetValueOrDefault(segment);
            if (stayed > 0) flows[(segment, segment)] = flows.GetValueOrDefault((segment, segment)) + stayed;
        }
        return new SegmentMovement(from, to,
        [
            .. flows.Where(f => f.Value > 0).OrderBy(f => Position(f.Key.From)).ThenBy(f => Position(f.Key.To))
                .Select(f => new SegmentFlow(f.Key.From, f.Key.To, f.Value)),
        ]);
    }

    /// <summary>The first instant after the day (UTC): a move at or before the day's end is in effect on it.</summary>
    private static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static int Position(string segment) => Array.IndexOf(Segments, segment) is var i and >= 0 ? i : Segments.Length;
}
