using Npgsql;
using Saas.Grains.Cluster;

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
        if (events.Count == 0) return [];
        await using var batch = db.CreateBatch();
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
        insert.Parameters.AddWithValue(events.Select(e => e.PayloadJson).ToArray());
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
