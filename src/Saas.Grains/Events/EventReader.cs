using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Events;

/// <summary>
/// Reads a partition's events in (transaction, sequence) order, only from transactions older than every one
/// still running: an event committed later can then never land behind the cursor.
/// </summary>
internal sealed class EventReader(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<GrainEvent>> ReadAfterAsync(int partition, EventPosition after, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT tx_id::text::bigint, seq, grain_type, grain_key, source_id, kind, payload::text, appended_at
            FROM grain_events
            WHERE partition = $1
              AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND tx_id >= $2::text::xid8
              AND (tx_id > $2::text::xid8 OR seq > $3)
            ORDER BY tx_id, seq
            LIMIT $4
            """);
        cmd.Parameters.AddWithValue(partition);
        cmd.Parameters.AddWithValue(after.Transaction);
        cmd.Parameters.AddWithValue(after.Sequence);
        cmd.Parameters.AddWithValue(limit);
        var events = new List<GrainEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(new GrainEvent(
                new EventPosition(reader.GetInt64(0), reader.GetInt64(1)),
                new GrainId(reader.GetString(2), reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }
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
}
