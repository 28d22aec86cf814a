using Npgsql;
using Saas.Domain.Feedback;
using Saas.Grains.Checkpoints;

namespace Saas.Server.Features.Feedback;

/// <summary>
/// Writes the feedback read models in the grains' checkpoint transaction: one row per rating, complaint, inquiry
/// and contact, keyed by its id, so a batch applied twice changes nothing; then each touched customer's totals,
/// counted again from those rows.
/// </summary>
public sealed class FeedbackProjection : ICheckpointParticipant
{
    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        var applied = context.Facts.Where(f => f.Kind == FeedbackEvents.AppliedFact)
            .Select(f => new AppliedFeedback(f.Scope, f.Read<FeedbackApplied>()))
            .ToArray();
        if (applied.Length == 0) return;
        var connection = context.Connection;
        await InsertRatingsAsync(connection, Rows<Rating>(applied), cancellationToken);
        await InsertComplaintsAsync(connection, Rows<Complaint>(applied), cancellationToken);
        await ResolveComplaintsAsync(connection, Rows<Complaint>(applied.Where(a => a.Fact.Event is Complaint { ResolvedAt: not null })), cancellationToken);
        await InsertInquiriesAsync(connection, Rows<Inquiry>(applied), cancellationToken);
        await InsertContactsAsync(connection, Rows<Contact>(applied), cancellationToken);
        await RefreshCustomersAsync(connection, applied, cancellationToken);
    }

    private static Task InsertRatingsAsync(NpgsqlConnection connection, IReadOnlyList<Row<Rating>> rows, CancellationToken ct) =>
        ExecuteAsync(connection, """
            INSERT INTO ratings (tenant_id, rating_id, customer_id, product, region, score, nps, rated_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::smallint[], $8::timestamptz[])
            ON CONFLICT DO NOTHING
            """, ct,
            Tenants(rows), Ids(rows), CustomerIds(rows), rows.Select(r => r.Event.Product).ToArray(), rows.Select(r => r.CustomerRegion).ToArray(),
            rows.Select(r => (short?)r.Event.Score).ToArray(), rows.Select(r => (short?)r.Event.Nps).ToArray(), rows.Select(r => r.Event.OccurredAt).ToArray());

    /// <summary>The first report of a complaint opens it, with its type, product, region (the customer's if not given) and rep.</summary>
    private static Task InsertComplaintsAsync(NpgsqlConnection connection, IReadOnlyList<Row<Complaint>> rows, CancellationToken ct) =>
        ExecuteAsync(connection, """
            INSERT INTO complaints (tenant_id, complaint_id, customer_id, type, product, region, rep, opened_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
            ON CONFLICT DO NOTHING
            """, ct,
            Tenants(rows), Ids(rows), CustomerIds(rows), rows.Select(r => r.Event.Type).ToArray(), rows.Select(r => r.Event.Product).ToArray(),
            rows.Select(r => r.Event.Region ?? r.CustomerRegion).ToArray(), rows.Select(r => r.Event.Rep).ToArray(), rows.Select(r => r.Event.OccurredAt).ToArray());

    /// <summary>The first resolution counts (one before the opening is taken as at the opening), and names the rep if it says.</summary>
    private static Task ResolveComplaintsAsync(NpgsqlConnection connection, IReadOnlyList<Row<Complaint>> rows, CancellationToken ct) =>
        ExecuteAsync(connection, """
            UPDATE complaints c SET resolved_at = greatest(c.opened_at, u.resolved_at), rep = coalesce(u.rep, c.rep)
            FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[]) AS u(tenant_id, complaint_id, resolved_at, rep)
            WHERE c.tenant_id = u.tenant_id AND c.complaint_id = u.complaint_id AND c.resolved_at IS NULL
            """, ct,
            Tenants(rows), Ids(rows), rows.Select(r => r.Event.ResolvedAt!.Value).ToArray(), rows.Select(r => r.Event.Rep).ToArray());

    private static Task InsertInquiriesAsync(NpgsqlConnection connection, IReadOnlyList<Row<Inquiry>> rows, CancellationToken ct) =>
        ExecuteAsync(connection, """
            INSERT INTO inquiries (tenant_id, inquiry_id, customer_id, topic, product, region, asked_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
            ON CONFLICT DO NOTHING
            """, ct,
            Tenants(rows), Ids(rows), CustomerIds(rows), rows.Select(r => r.Event.Topic).ToArray(), rows.Select(r => r.Event.Product).ToArray(),
            rows.Select(r => r.CustomerRegion).ToArray(), rows.Select(r => r.Event.OccurredAt).ToArray());

    private static Task InsertContactsAsync(NpgsqlConnection connection, IReadOnlyList<Row<Contact>> rows, CancellationToken ct) =>
        ExecuteAsync(connection, """
            INSERT INTO contacts (tenant_id, contact_id, customer_id, channel, made_by, contacted_at)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
            ON CONFLICT DO NOTHING
            """, ct,
            Tenants(rows), Ids(rows), CustomerIds(rows), rows.Select(r => r.Event.Channel).ToArray(), rows.Select(r => r.Event.By).ToArray(),
            rows.Select(r => r.Event.OccurredAt).ToArray());

    private static Task RefreshCustomersAsync(NpgsqlConnection connection, IReadOnlyList<AppliedFeedback> applied, CancellationToken ct)
    {
        var customers = applied.Select(a => (a.Tenant, a.Fact.CustomerId)).Distinct()
            .OrderBy(c => c.Tenant, StringComparer.Ordinal).ThenBy(c => c.CustomerId, StringComparer.Ordinal).ToArray();
        return ExecuteAsync(connection, """
            INSERT INTO customer_feedback AS f (tenant_id, customer_id, ratings, rating_sum, last_nps, complaints, open_complaints,
                                                inquiries, contacts, last_contact_at, updated_at)
            SELECT t.tenant_id, t.customer_id, r.ratings, r.rating_sum, r.last_nps, c.complaints, c.open_complaints,
                   i.inquiries, ct.contacts, ct.last_contact_at, now()
            FROM unnest($1::text[], $2::text[]) AS t(tenant_id, customer_id)
            CROSS JOIN LATERAL (
                SELECT count(score)::int AS ratings, coalesce(sum(score), 0)::int AS rating_sum,
                       (array_agg(nps ORDER BY rated_at DESC, rating_id DESC) FILTER (WHERE nps IS NOT NULL))[1] AS last_nps
                FROM ratings WHERE tenant_id = t.tenant_id AND customer_id = t.customer_id) r
            CROSS JOIN LATERAL (
                SELECT count(*)::int AS complaints, (count(*) FILTER (WHERE resolved_at IS NULL))::int AS open_complaints
                FROM complaints WHERE tenant_id = t.tenant_id AND customer_id = t.customer_id) c
            CROSS JOIN LATERAL (
                SELECT count(*)::int AS inquiries FROM inquiries WHERE tenant_id = t.tenant_id AND customer_id = t.customer_id) i
            CROSS JOIN LATERAL (
                SELECT count(*)::int AS contacts, max(contacted_at) AS last_contact_at
                FROM contacts WHERE tenant_id = t.tenant_id AND customer_id = t.customer_id) ct
            ON CONFLICT (tenant_id, customer_id) DO UPDATE SET
                ratings = excluded.ratings, rating_sum = excluded.rating_sum, last_nps = excluded.last_nps,
                complaints = excluded.complaints, open_complaints = excluded.open_complaints, inquiries = excluded.inquiries,
                contacts = excluded.contacts, last_contact_at = excluded.last_contact_at, updated_at = excluded.updated_at
            """, ct,
            customers.Select(c => c.Tenant).ToArray(), customers.Select(c => c.CustomerId).ToArray());
    }

    /// <summary>The feedback of one kind, once per id (an upsert may touch a row only once), sorted by key.</summary>
    private static Row<T>[] Rows<T>(IEnumerable<AppliedFeedback> applied) where T : FeedbackEvent =>
        [.. applied.Where(a => a.Fact.Event is T)
            .Select(a => new Row<T>(a.Tenant, (T)a.Fact.Event, a.Fact.CustomerRegion))
            .DistinctBy(r => (r.Tenant, r.Event.Id))
            .OrderBy(r => r.Tenant, StringComparer.Ordinal).ThenBy(r => r.Event.Id, StringComparer.Ordinal)];

    private static string[] Tenants<T>(IEnumerable<Row<T>> rows) where T : FeedbackEvent => [.. rows.Select(r => r.Tenant)];

    private static string[] Ids<T>(IEnumerable<Row<T>> rows) where T : FeedbackEvent => [.. rows.Select(r => r.Event.Id)];

    private static string[] CustomerIds<T>(IEnumerable<Row<T>> rows) where T : FeedbackEvent => [.. rows.Select(r => r.Event.CustomerId)];

    /// <param name="columns">One array per parameter, all of the same length; none (empty arrays), nothing to do.</param>
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params Array[] columns)
    {
        if (columns[0].Length == 0) return;
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var column in columns) cmd.Parameters.AddWithValue(column);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private sealed record AppliedFeedback(string Tenant, FeedbackApplied Fact);

    private sealed record Row<T>(string Tenant, T Event, string? CustomerRegion) where T : FeedbackEvent;
}
