using Npgsql;

namespace Saas.Grains.Checkpoints;

/// <summary>
/// Appends messages to the outbox inside a caller's transaction (a checkpoint, a bulk job), numbering them per
/// scope, and wakes every node's outbox reader at commit.
/// </summary>
public static class OutboxRows
{
    public const string Channel = "grain_outbox";

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<PendingMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        var lastByScope = await ReserveSequencesAsync(connection, messages, ct);
        var sequences = new long[messages.Count];
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            sequences[i] = lastByScope[messages[i].Scope]--;
        }
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO grain_outbox (scope, sequence, kind, payload)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::json[]);
            """, connection);
        cmd.Parameters.AddWithValue(messages.Select(m => m.Scope).ToArray());
        cmd.Parameters.AddWithValue(sequences);
        cmd.Parameters.AddWithValue(messages.Select(m => m.Kind).ToArray());
        cmd.Parameters.AddWithValue(messages.Select(m => m.PayloadJson).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
        await using var notify = new NpgsqlCommand($"SELECT pg_notify('{Channel}', '')", connection);
        await notify.ExecuteNonQueryAsync(ct);
    }

    /// <returns>Each scope's last sequence number after this reservation.</returns>
    private static async Task<Dictionary<string, long>> ReserveSequencesAsync(
        NpgsqlConnection connection, IReadOnlyList<PendingMessage> messages, CancellationToken ct)
    {
        var counts = messages.GroupBy(m => m.Scope).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        // Scopes are locked in one order by every writer, so concurrent checkpoints cannot deadlock.
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO grain_scope_sequences AS s (scope, last)
            SELECT * FROM unnest($1::text[], $2::bigint[]) ORDER BY 1
            ON CONFLICT (scope) DO UPDATE SET last = s.last + excluded.last
            RETURNING scope, last
            """, connection);
        cmd.Parameters.AddWithValue(counts.Select(g => g.Key).ToArray());
        cmd.Parameters.AddWithValue(counts.Select(g => (long)g.Count()).ToArray());
        var last = new Dictionary<string, long>(counts.Length);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) last[reader.GetString(0)] = reader.GetInt64(1);
        return last;
    }
}
