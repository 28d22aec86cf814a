using Npgsql;
using NpgsqlTypes;
using Saas.Grains.Cluster;
using Saas.Grains.Core;

namespace Saas.Grains.Events;

/// <summary>
/// The append-only event log. An append is durable when it returns; an event whose source id is already in
/// its scope is not appended again.
/// </summary>
public sealed class EventLog(NpgsqlDataSource db, PartitionMap partitions)
{
    public const string AppendedChannel = "grain_events";

    /// <returns>For each event in order: true if appended now, false if it was a duplicate.</returns>
    public async Task<bool[]> AppendAsync(IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        await using var batch = db.CreateBatch();
        return await AppendAsync(batch, events, ct);
    }

    /// <summary>Appends inside the caller's transaction (durable when it commits), e.g. with what decided the grain.</summary>
    public async Task<bool[]> AppendAsync(NpgsqlConnection connection, IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        return await AppendAsync(batch, events, ct);
    }

    /// <summary>
    /// Moves events of <paramref name="from"/> (all, or those with the given source ids) to <paramref name="to"/>
    /// and rebuilds both from their events (<see cref="GrainRebuild"/>), in the caller's transaction. Moving
    /// nothing rebuilds nothing.
    /// </summary>
    /// <param name="operationId">Names the move; the rebuild markers' source ids derive from it.</param>
    /// <returns>How many events moved.</returns>
    public async Task<int> MoveAsync(
        NpgsqlConnection connection, GrainId from, GrainId to, IReadOnlyCollection<string>? sourceIds, string operationId, CancellationToken ct)
    {
        await using var move = new NpgsqlCommand($"""
            UPDATE grain_events SET grain_type = $3, grain_key = $4, scope = $5, partition = $6
            WHERE grain_type = $1 AND grain_key = $2 AND kind <> '{GrainRebuild.Kind}' AND ($7::text[] IS NULL OR source_id = ANY($7))
            """, connection);
        move.Parameters.AddWithValue(from.Type);
        move.Parameters.AddWithValue(from.Key);
        move.Parameters.AddWithValue(to.Type);
        move.Parameters.AddWithValue(to.Key);
        move.Parameters.AddWithValue(to.Scope);
        move.Parameters.AddWithValue(partitions.PartitionOf(to));
        move.Parameters.Add(new NpgsqlParameter { Value = (object?)sourceIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        var moved = await move.ExecuteNonQueryAsync(ct);
        if (moved == 0) return 0;
        await AppendAsync(connection, [GrainRebuild.For(from, $"{operationId}/from"), GrainRebuild.For(to, $"{operationId}/to")], ct);
        return moved;
    }

    /// <summary>
    /// Deletes every event of <paramref name="grain"/> and rebuilds it from none, which removes its state and
    /// reminders, in the caller's transaction. Only the rebuild marker, which carries nothing, stays in the log.
    /// </summary>
    public async Task EraseAsync(NpgsqlConnection connection, GrainId grain, string operationId, CancellationToken ct)
    {
        await using var delete = new NpgsqlCommand("DELETE FROM grain_events WHERE grain_type = $1 AND grain_key = $2", connection);
        delete.Parameters.AddWithValue(grain.Type);
        delete.Parameters.AddWithValue(grain.Key);
        await delete.ExecuteNonQueryAsync(ct);
        await AppendAsync(connection, [GrainRebuild.For(grain, operationId)], ct);
    }

    private async Task<bool[]> AppendAsync(NpgsqlBatch batch, IReadOnlyList<NewEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return [];
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO grain_events (scope, partition, grain_type, grain_key, source_id, kind, payload)
            SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::json[])
            ON CONFLICT (scope, source_id) DO NOTHING
            RETURNING scope, source_id
            """);
        insert.Parameters.AddWithValue(events.Select(e => e.Grain.Scope).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => partitions.PartitionOf(e.Grain)).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => e.Grain.Type).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => e.Grain.Key).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => e.SourceId).ToArray());
        insert.Parameters.AddWithValue(events.Select(e => e.Kind).ToArray());
        insert.Parameters.Add(new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json, Value = events.Select(e => e.Utf8Payload).ToArray(),
        });
        batch.BatchCommands.Add(insert);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_notify('{AppendedChannel}', '')"));

        var appended = new HashSet<(string Scope, string SourceId)>();
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) appended.Add((reader.GetString(0), reader.GetString(1)));
        }
        // A source id repeated inside one batch is appended once: its first occurrence takes the row.
        return events.Select(e => appended.Remove((e.Grain.Scope, e.SourceId))).ToArray();
    }
}
