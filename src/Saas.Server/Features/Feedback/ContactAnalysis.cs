using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Feedback;

/// <summary><c>GET /api/v1/analyses/contacts/over-contacted</c>: who the merchant contacts too often, and how often customers are contacted.</summary>
public static class ContactAnalysis
{
    private const string InWindow = "tenant_id = $1 AND contacted_at > $2 AND contacted_at <= $3";

    public static RouteGroupBuilder MapContactAnalysis(this RouteGroupBuilder analyses)
    {
        analyses.MapGet("/contacts/over-contacted", OverContactedAsync)
            .WithSummary("Customers contacted at least threshold times in the last days, by channel, one page at a time; and the contact frequency distribution");
        return analyses;
    }

    private static async Task<Results<Ok<OverContactedReport>, ValidationProblem>> OverContactedAsync(
        HttpContext http, TenantScope scope, TimeProvider time, CancellationToken ct,
        string? days = null, string? threshold = null, string? limit = null, string? offset = null)
    {
        var parameters = new QueryParameters();
        var window = parameters.Integer("days", days, 30, 1, 366);
        var atLeast = parameters.Integer("threshold", threshold, 4, 1, 10_000);
        var pageSize = parameters.Integer("limit", limit, 50, 1, 500);
        var skip = parameters.Integer("offset", offset, 0, 0, int.MaxValue);
        if (!parameters.Valid) return parameters.Problem();

        var tenantId = SaasClaims.TenantOf(http.User)!;
        var now = time.GetUtcNow();
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var distribution = await DistributionAsync(tx, tenantId, now.AddDays(-window), now, ct);
        var customers = await PageAsync(tx, tenantId, now.AddDays(-window), now, atLeast, pageSize, skip, ct);
        var total = distribution.Where(d => d.Contacts >= atLeast).Sum(d => d.Customers);
        return TypedResults.Ok(new OverContactedReport(window, atLeast, total, customers, distribution));
    }

    private static async Task<IReadOnlyList<ContactFrequency>> DistributionAsync(
        TenantTransaction tx, string tenantId, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            SELECT contacts, count(*)::int
            FROM (SELECT count(*)::int AS contacts FROM contacts WHERE {InWindow} GROUP BY customer_id) counted
            GROUP BY contacts ORDER BY contacts
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(since);
        cmd.Parameters.AddWithValue(until);
        var frequencies = new List<ContactFrequency>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) frequencies.Add(new ContactFrequency(reader.GetInt32(0), reader.GetInt32(1)));
        return frequencies;
    }

    private static async Task<IReadOnlyList<ContactedCustomer>> PageAsync(
        TenantTransaction tx, string tenantId, DateTimeOffset since, DateTimeOffset until, int atLeast, int limit, int offset, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            WITH page AS (
                SELECT customer_id, count(*)::int AS contacts, max(contacted_at) AS last_contact_at
                FROM contacts WHERE {InWindow}
                GROUP BY customer_id HAVING count(*) >= $4
                ORDER BY contacts DESC, customer_id LIMIT $5 OFFSET $6)
            SELECT p.customer_id, c.name, p.contacts, p.last_contact_at, ch.channel, ch.contacts
            FROM page p
            LEFT JOIN customers c ON c.tenant_id = $1 AND c.customer_id = p.customer_id
            CROSS JOIN LATERAL (
                SELECT channel, count(*)::int AS contacts FROM contacts
                WHERE {InWindow} AND customer_id = p.customer_id GROUP BY channel) ch
            ORDER BY p.contacts DESC, p.customer_id, ch.contacts DESC, ch.channel
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(since);
        cmd.Parameters.AddWithValue(until);
        cmd.Parameters.AddWithValue(atLeast);
        cmd.Parameters.AddWithValue(limit);
        cmd.Parameters.AddWithValue(offset);
        var rows = new List<ChannelRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ChannelRow(reader.GetString(0), reader.GetStringOrNull(1), reader.GetInt32(2),
                reader.GetFieldValue<DateTimeOffset>(3), new ChannelCount(reader.GetString(4), reader.GetInt32(5))));
        }
        return [.. rows.GroupBy(r => r.CustomerId).Select(ToCustomer)];
    }

    private static ContactedCustomer ToCustomer(IEnumerable<ChannelRow> channels)
    {
        var customer = channels.First();
        return new ContactedCustomer(customer.CustomerId, customer.Name, customer.Contacts, customer.LastContactAt, [.. channels.Select(r => r.Channel)]);
    }

    /// <summary>One channel of one customer on the page.</summary>
    private sealed record ChannelRow(string CustomerId, string? Name, int Contacts, DateTimeOffset LastContactAt, ChannelCount Channel);
}
