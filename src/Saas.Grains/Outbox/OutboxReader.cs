using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Outbox;

/// <summary>
/// Reads the outbox from where this node last stopped, with the same commit-safe rule as the event reader.
/// A node starts at the end: clients refetch current state when they connect.
/// </summary>
internal sealed class OutboxReader(NpgsqlDataSource db)
{
    private const int BatchSize = 5_000;

    public async Task<EventPosition> ReadEndAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT tx_id::text::bigint, position FROM grain_outbox
            WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY tx_id DESC, position DESC LIMIT 1
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new EventPosition(reader.GetInt64(0), reader.GetInt64(1)) : EventPosition.Start;
    }

    /// <returns>The messages after <paramref name="after"/>, ordered by scope and sequence, and the new cursor.</returns>
    public async Task<(IReadOnlyList<OutboxEnvelope> Messages, EventPosition Cursor)> ReadAfterAsync(EventPosition after, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT tx_id::text::bigint, position, scope, sequence, kind, payload::text, created_at FROM grain_outbox
            WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND tx_id >= $1::text::xid8 AND (tx_id > $1::text::xid8 OR position > $2)
            ORDER BY tx_id, position LIMIT $3
            """);
        cmd.Parameters.AddWithValue(after.Transaction);
        cmd.Parameters.AddWithValue(after.Sequence);
        cmd.Parameters.AddWithValue(BatchSize);
        var messages = new List<OutboxEnvelope>();
        var cursor = after;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cursor = new EventPosition(reader.GetInt64(0), reader.GetInt64(1));
            messages.Add(new OutboxEnvelope(cursor.Sequence, reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        // Transactions of one scope commit in sequence order, but may be read in another: restore it.
        messages.Sort((a, b) => a.Scope == b.Scope ? a.Sequence.CompareTo(b.Sequence) : string.CompareOrdinal(a.Scope, b.Scope));
        return (messages, cursor);
    }

    public async Task DeleteOlderThanAsync(TimeSpan retention, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("DELETE FROM grain_outbox WHERE created_at < now() - $1");
        cmd.Parameters.AddWithValue(retention);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
