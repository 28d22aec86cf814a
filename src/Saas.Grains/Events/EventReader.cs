using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Events;

/// <summary>
/// Reads partitions' events in (transaction, sequence) order, only from transactions older than every one
/// still running: an event committed later can then never land behind a cursor.
/// </summary>
internal sealed class EventReader(NpgsqlDataSource db)
{
    /// <summary>
    /// The next events of the given partitions, each after its own cursor, merged in (transaction, sequence)
    /// order. Each partition's share is a prefix of its stream, so every cursor can advance to its last event.
    /// </summary>
    public async Task<IReadOnlyList<(int Partition, GrainEvent Event)>> ReadAfterAsync(
        IReadOnlyDictionary<int, EventPosition> cursors, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // While the log grows fast its statistics lag, and the planner would read a partition's every event through a
        // bitmap and sort them; walking the index in order stops at the limit.
        await using (var ordered = new NpgsqlCommand("SET LOCAL enable_bitmapscan = off", connection)) await ordered.ExecuteNonQueryAsync(ct);
        await using var cmd = new NpgsqlCommand("""
            WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
            -- Positions first, from the index: every partition offers its share, and only the chosen events have
            -- their rows (and payloads) read.
            chosen AS (
                SELECT c.p, e.tx_id, e.seq
                FROM horizon, unnest($1::int[], $2::bigint[], $3::bigint[]) AS c(p, tx, seq)
                CROSS JOIN LATERAL (
                    SELECT tx_id, seq
                    FROM grain_events
                    WHERE partition = c.p
                      AND tx_id < horizon.xmin
                      AND tx_id >= c.tx::text::xid8
                      AND (tx_id > c.tx::text::xid8 OR seq > c.seq)
                    ORDER BY tx_id, seq
                    LIMIT $5) e
                ORDER BY e.tx_id, e.seq
                LIMIT $4)
            SELECT chosen.p, e.tx, e.seq, e.grain_type, e.grain_key, e.source_id, e.kind, e.payload, e.appended_at
            FROM chosen CROSS JOIN LATERAL (
                SELECT tx_id::text::bigint AS tx, seq, grain_type, grain_key, source_id, kind, payload, appended_at
                FROM grain_events WHERE seq = chosen.seq LIMIT 1) e
            ORDER BY chosen.tx_id, chosen.seq
            """, connection, transaction);
        cmd.Parameters.AddWithValue(cursors.Keys.ToArray());
        cmd.Parameters.AddWithValue(cursors.Values.Select(c => c.Transaction).ToArray());
        cmd.Parameters.AddWithValue(cursors.Values.Select(c => c.Sequence).ToArray());
        cmd.Parameters.AddWithValue(limit);
        // Keys spread evenly over partitions: offering twice a fair share each fills a round with little left unread.
        cmd.Parameters.AddWithValue(Math.Min(limit, 2 * limit / Math.Max(1, cursors.Count) + 1));
        var events = new List<(int, GrainEvent)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add((reader.GetInt32(0), Read(reader, 1)));
        }
        return events;
    }

    /// <summary>The grain's events up to <paramref name="upTo"/>, in log order, without rebuild markers.</summary>
    public async Task<IReadOnlyList<GrainEvent>> ReadHistoryAsync(GrainId grain, EventPosition upTo, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT tx_id::text::bigint, seq, grain_type, grain_key, source_id, kind, payload, appended_at
            FROM grain_events
            WHERE grain_type = $1 AND grain_key = $2 AND kind <> '{GrainRebuild.Kind}'
              AND (tx_id < $3::text::xid8 OR (tx_id = $3::text::xid8 AND seq <= $4))
            ORDER BY tx_id, seq
            """);
        cmd.Parameters.AddWithValue(grain.Type);
        cmd.Parameters.AddWithValue(grain.Key);
        cmd.Parameters.AddWithValue(upTo.Transaction);
        cmd.Parameters.AddWithValue(upTo.Sequence);
        var events = new List<GrainEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(Read(reader, 0));
        return events;
    }

    public async Task<EventPosition> ReadCursorAsync(int partition, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH created AS (
                INSERT INTO grain_partition_cursors (partition, tx, seq) VALUES ($1, 0, 0)
                ON CONFLICT DO NOTHING RETURNING tx, seq)
            SELECT tx, seq FROM created
            UNION ALL SELECT tx, seq FROM grain_partition_cursors WHERE partition = $1
            """);
        cmd.Parameters.AddWithValue(partition);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new EventPosition(reader.GetInt64(0), reader.GetInt64(1));
    }

    private static GrainEvent Read(NpgsqlDataReader reader, int first) => new(
        new EventPosition(reader.GetInt64(first), reader.GetInt64(first + 1)),
        new GrainId(reader.GetString(first + 2), reader.GetString(first + 3)),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        reader.GetFieldValue<byte[]>(first + 6),
        reader.GetFieldValue<DateTimeOffset>(first + 7));
}
