using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Grains.Cluster;
using Saas.Grains.Core;
using Saas.Grains.Reminders;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// Publishes the custom segment memberships the customer grains evaluated, in their checkpoint transaction: the
/// member rows, the exact counts (from the rows actually inserted and deleted, so a replay counts nothing twice)
/// and a <see cref="CustomSegmentChange"/> per join or leave. It holds the touched tenants' rows (key share) so
/// that a definition is never written while a checkpoint of its tenant is open; a grain that evaluated an older
/// revision of a segment leaves that segment as stored and is woken to evaluate it again.
/// </summary>
public sealed class CustomSegmentProjection(CustomSegmentCache cache, PartitionMap partitions) : ICheckpointParticipant
{
    public const string RefreshReminder = "custom-segments";

    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        var customers = context.StatesOf<CustomerState>(CustomerGrain.TypeName).ToArray();
        if (customers.Length == 0) return;
        var connection = context.Connection;
        var defined = await LockAndReadSegmentsAsync(connection, customers.Select(c => c.Grain.Scope).Distinct().ToArray(), cancellationToken);
        customers = customers.Where(c => defined.ContainsKey(c.Grain.Scope)).ToArray();
        if (customers.Length == 0) return;
        var stored = await ReadMembersAsync(connection, customers, cancellationToken);
        var changes = new List<Pending>();
        var refreshes = new List<ReminderChange>();
        foreach (var (grain, state) in customers)
        {
            var membership = state.CustomSegments;
            var before = stored.GetValueOrDefault(grain.Key) ?? [];
            var stale = false;
            foreach (var segment in defined[grain.Scope])
            {
                if (segment.Revision > membership.Revision)
                {
                    stale = true;
                    continue;
                }
                var member = membership.Members.Contains(segment.Id);
                if (member != before.Contains(segment.Id)) changes.Add(new Pending(grain, state, segment, member));
            }
            if (stale) refreshes.Add(new ReminderChange(grain, partitions.PartitionOf(grain), RefreshReminder, DateTimeOffset.UtcNow + cache.StaleFor));
        }
        var applied = await ApplyAsync(connection, changes, cancellationToken);
        await CountAsync(connection, applied, cancellationToken);
        foreach (var change in applied)
        {
            context.Emit(change.Grain.Scope, CustomSegmentChange.Kind, new CustomSegmentChange(CustomerEvents.CustomerIdOf(change.Grain.Key),
                change.State.Basics?.Name, change.Segment.Id, change.Segment.Name, change.Joined, change.State.Analysis.At));
        }
        await ReminderRows.WriteAsync(connection, refreshes, cancellationToken);
    }

    /// <summary>
    /// Holds every touched tenant's row, those without segments too: a tenant's first segment is then either saved
    /// before this checkpoint reads it (and evaluations that missed it are woken again) or after it commits.
    /// </summary>
    /// <returns>The segments of each tenant that has any, as stored now.</returns>
    private static async Task<Dictionary<string, List<StoredSegment>>> LockAndReadSegmentsAsync(
        NpgsqlConnection connection, string[] tenants, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT t.id, s.id, s.name, s.revision FROM tenants t LEFT JOIN custom_segments s ON s.tenant_id = t.id
            WHERE t.id = ANY($1) ORDER BY t.id, s.id FOR KEY SHARE OF t
            """, connection);
        cmd.Parameters.AddWithValue(tenants);
        var segments = new Dictionary<string, List<StoredSegment>>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.IsDBNull(1)) continue;
            var tenant = reader.GetString(0);
            if (!segments.TryGetValue(tenant, out var list)) segments[tenant] = list = [];
            list.Add(new StoredSegment(reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3)));
        }
        return segments;
    }

    private static async Task<Dictionary<string, HashSet<long>>> ReadMembersAsync(
        NpgsqlConnection connection, IReadOnlyList<(GrainId Grain, CustomerState State)> customers, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT m.tenant_id, m.customer_id, m.segment_id
            FROM unnest($1::text[], $2::text[]) AS u(t, k)
            -- Index lookups per customer: OFFSET 0 keeps the planner from hashing the tenant's whole members table.
            CROSS JOIN LATERAL (
                SELECT tenant_id, customer_id, segment_id FROM custom_segment_members m
                WHERE m.tenant_id = u.t AND m.customer_id = u.k OFFSET 0) m
            """, connection);
        cmd.Parameters.AddWithValue(customers.Select(c => c.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => CustomerEvents.CustomerIdOf(c.Grain.Key)).ToArray());
        var members = new Dictionary<string, HashSet<long>>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = CustomerEvents.CustomerKey(reader.GetString(0), reader.GetString(1));
            if (!members.TryGetValue(key, out var segments)) members[key] = segments = [];
            segments.Add(reader.GetInt64(2));
        }
        return members;
    }

    /// <returns>The changes that inserted or deleted a row.</returns>
    private static async Task<List<Pending>> ApplyAsync(NpgsqlConnection connection, IReadOnlyList<Pending> changes, CancellationToken ct)
    {
        var applied = new List<Pending>(changes.Count);
        await WriteRowsAsync(connection, InsertSql, changes.Where(c => c.Joined).ToArray(), applied, ct);
        await WriteRowsAsync(connection, DeleteSql, changes.Where(c => !c.Joined).ToArray(), applied, ct);
        return applied;
    }

    private const string InsertSql = """
        INSERT INTO custom_segment_members (tenant_id, customer_id, segment_id, since)
        SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::timestamptz[])
        ON CONFLICT DO NOTHING
        RETURNING tenant_id, customer_id, segment_id
        """;

    private const string DeleteSql = """
        DELETE FROM custom_segment_members m USING unnest($1::text[], $2::text[], $3::bigint[], $4::timestamptz[]) AS u(t, k, s, at)
        WHERE m.tenant_id = u.t AND m.customer_id = u.k AND m.segment_id = u.s
        RETURNING m.tenant_id, m.customer_id, m.segment_id
        """;

    private static async Task WriteRowsAsync(NpgsqlConnection connection, string sql, IReadOnlyList<Pending> rows, List<Pending> applied, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.Parameters.AddWithValue(rows.Select(c => c.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(c => CustomerEvents.CustomerIdOf(c.Grain.Key)).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(c => c.Segment.Id).ToArray());
        cmd.Parameters.AddWithValue(rows.Select(c => c.State.Analysis.At.ToUniversalTime()).ToArray());
        var byRow = rows.ToDictionary(c => (c.Grain.Key, c.Segment.Id));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied.Add(byRow[(CustomerEvents.CustomerKey(reader.GetString(0), reader.GetString(1)), reader.GetInt64(2))]);
    }

    /// <summary>Locks the changed segments in id order, as every writer of counts does, so writers cannot deadlock.</summary>
    private static async Task CountAsync(NpgsqlConnection connection, IReadOnlyList<Pending> applied, CancellationToken ct)
    {
        var deltas = applied.GroupBy(c => c.Segment.Id).Select(g => (Id: g.Key, Delta: g.Sum(c => c.Joined ? 1L : -1L)))
            .Where(d => d.Delta != 0).OrderBy(d => d.Id).ToArray();
        if (deltas.Length == 0) return;
        var ids = deltas.Select(d => d.Id).ToArray();
        await using (var lockRows = new NpgsqlCommand("SELECT id FROM custom_segments WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE", connection))
        {
            lockRows.Parameters.AddWithValue(ids);
            await lockRows.ExecuteNonQueryAsync(ct);
        }
        await using var update = new NpgsqlCommand("""
            UPDATE custom_segments s SET members = s.members + u.delta FROM unnest($1::bigint[], $2::bigint[]) AS u(id, delta) WHERE s.id = u.id
            """, connection);
        update.Parameters.AddWithValue(ids);
        update.Parameters.AddWithValue(deltas.Select(d => d.Delta).ToArray());
        await update.ExecuteNonQueryAsync(ct);
    }

    private sealed record StoredSegment(long Id, string Name, long Revision);

    private sealed record Pending(GrainId Grain, CustomerState State, StoredSegment Segment, bool Joined);
}
