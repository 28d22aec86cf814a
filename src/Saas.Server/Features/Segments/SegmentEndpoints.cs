using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Grains.Core;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Segments;

/// <summary>
/// Segment counts and the change feed, read from projections inside the caller's tenant scope. Each answer
/// carries the tenant's sequence at that moment: live messages after it continue the picture.
/// </summary>
public static class SegmentEndpoints
{
    private const string LastSequence = "coalesce((SELECT last FROM grain_scope_sequences WHERE scope = $1), 0)";

    public static RouteGroupBuilder MapSegments(this RouteGroupBuilder api)
    {
        var segments = api.MapGroup("/segments").WithTags("Segments").RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        segments.MapGet("/counts", CountsAsync).WithSummary("Customers per segment");
        segments.MapGet("/changes", ChangesAsync).WithSummary("The latest segment changes, newest first");
        return api;
    }

    private static async Task<Ok<SegmentCounts>> CountsAsync(HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command($"""
            SELECT {LastSequence}, c.segment, c.customers
            FROM (SELECT 1) one LEFT JOIN segment_counts c ON c.tenant_id = $1 AND c.customers > 0
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var sequence = 0L;
        var counts = new List<SegmentCount>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sequence = reader.GetInt64(0);
            if (!reader.IsDBNull(1)) counts.Add(new SegmentCount(reader.GetString(1), reader.GetInt64(2)));
        }
        return TypedResults.Ok(new SegmentCounts(sequence, counts));
    }

    private static async Task<Results<Ok<SegmentChangeFeed>, ValidationProblem>> ChangesAsync(
        HttpContext http, TenantScope scope, GrainJson json, CancellationToken ct, int limit = 50)
    {
        if (limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 500."] });
        }
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command($"""
            SELECT {LastSequence}, o.sequence, o.payload::text
            FROM (SELECT 1) one LEFT JOIN LATERAL (
                SELECT sequence, payload FROM grain_outbox
                WHERE scope = $1 AND kind = '{CustomerEvents.SegmentChanged}'
                ORDER BY sequence DESC LIMIT $2) o ON true
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(limit);
        var sequence = 0L;
        var items = new List<SegmentChange>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sequence = reader.GetInt64(0);
            if (reader.IsDBNull(1)) continue;
            items.Add(ToChange(JsonSerializer.Deserialize<SegmentMove>(reader.GetString(2), json.Options)!, reader.GetInt64(1)));
        }
        return TypedResults.Ok(new SegmentChangeFeed(sequence, items));
    }

    public static SegmentChange ToChange(SegmentMove move, long sequence) =>
        new(move.CustomerId, move.CustomerName, move.From.ToString(), move.To.ToString(), move.At, sequence);
}
