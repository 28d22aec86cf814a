using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.Grains.Core;
using Saas.Grains.Reminders;

namespace Saas.Grains.Checkpoints;

/// <summary>
/// Writes grain states, projections, outbox messages and the partition cursor in one transaction:
/// either all of a batch's effects are durable or none are, and the batch is replayed.
/// </summary>
internal sealed class CheckpointWriter(NpgsqlDataSource db, IEnumerable<ICheckpointParticipant> participants, JsonSerializerOptions json)
{
    private readonly ICheckpointParticipant[] _participants = participants.ToArray();

    public async Task WriteAsync(
        IReadOnlyList<GrainCheckpoint> checkpoints, IReadOnlyList<CursorAdvance> cursors, IReadOnlyList<DeadLetter> deadLetters, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Array parameters are unnested into an in-memory store; a round's states (megabytes of JSON) would
        // otherwise spill to temporary files. A batch checkpoint can always be rebuilt by replaying the durable
        // event log, so it need not wait for its own WAL flush; a crash loses at most the last few batches,
        // which are applied again. Generic plans keep the parameters as parameters: a custom plan folds them into
        // constants, copying (and for JSON, parsing) megabytes while planning. The settings go in one round trip.
        var settings = "SET LOCAL work_mem = '64MB'; SET LOCAL plan_cache_mode = force_generic_plan"
            + (cursors.Count > 0 ? "; SET LOCAL synchronous_commit = off" : "");
        await using (var set = new NpgsqlCommand(settings, connection)) await set.ExecuteNonQueryAsync(ct);
        var removed = checkpoints.Where(c => c.Removed).ToArray();
        var kept = checkpoints.Where(c => !c.Removed).ToArray();
        await WriteStatesAsync(connection, kept, ct);
        await RemoveStatesAsync(connection, removed, ct);
        var messages = checkpoints.SelectMany(c => c.Pending.Messages).ToArray();
        var rebuilds = new CheckpointRebuilds(
            [.. kept.Where(c => c.Pending.Rebuilt).Select(c => c.Grain)], [.. removed.Select(c => c.Grain)],
            [.. checkpoints.SelectMany(c => c.Pending.ReplayedFacts)]);
        var context = new CheckpointContext(
            connection, kept.Select(c => new CheckpointedGrain(c.Grain, c.State)).ToArray(), messages,
            checkpoints.SelectMany(c => c.Pending.Facts).ToArray(), json, rebuilds);
        foreach (var participant in _participants) await participant.WriteAsync(context, ct);
        await OutboxRows.WriteAsync(connection, [.. messages, .. context.Emitted], ct);
        await ReminderRows.WriteAsync(connection, [.. kept.SelectMany(c =>
            c.Pending.Reminders.Select(r => new ReminderChange(c.Grain, c.Partition, r.Key, r.Value)))], ct);
        await WriteDeadLettersAsync(connection, deadLetters, ct);
        if (cursors.Count > 0) await AdvanceCursorsAsync(connection, cursors, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task WriteStatesAsync(NpgsqlConnection connection, IReadOnlyList<GrainCheckpoint> checkpoints, CancellationToken ct)
    {
        if (checkpoints.Count == 0) return;
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO grain_state AS s (grain_type, grain_key, scope, partition, version, state, applied_tx, applied_seq, updated_at)
            SELECT t, k, sc, p, v, st, atx, aseq, now()
            FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::bigint[], $8::bigint[])
                 AS u(t, k, sc, p, v, st, atx, aseq)
            ON CONFLICT (grain_type, grain_key) DO UPDATE
            SET version = excluded.version, state = excluded.state, applied_tx = excluded.applied_tx,
                applied_seq = excluded.applied_seq, updated_at = excluded.updated_at
            WHERE s.version = excluded.version - 1
            """, connection);
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Grain.Type).ToArray());
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Grain.Key).ToArray());
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Partition).ToArray());
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.ExpectedVersion + 1).ToArray());
        // text written from its UTF-8 bytes: the state is never a string on its way to the database.
        cmd.Parameters.Add(new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = checkpoints.Select(c => c.StateUtf8Json).ToArray(),
        });
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Applied.Transaction).ToArray());
        cmd.Parameters.AddWithValue(checkpoints.Select(c => c.Applied.Sequence).ToArray());
        var written = await cmd.ExecuteNonQueryAsync(ct);
        if (written != checkpoints.Count)
        {
            throw new InconsistentStateException(
                $"{checkpoints.Count - written} of {checkpoints.Count} grain states changed since they were read (ETag mismatch).");
        }
    }

    /// <summary>Deletes the state rows (version checked, as a write is) and every reminder of removed grains.</summary>
    private static async Task RemoveStatesAsync(NpgsqlConnection connection, IReadOnlyList<GrainCheckpoint> removed, CancellationToken ct)
    {
        if (removed.Count == 0) return;
        await using var batch = new NpgsqlBatch(connection);
        var states = new NpgsqlBatchCommand("""
            DELETE FROM grain_state s USING unnest($1::text[], $2::text[], $3::bigint[]) AS u(t, k, v)
            WHERE s.grain_type = u.t AND s.grain_key = u.k AND s.version = u.v
            """);
        states.Parameters.AddWithValue(removed.Select(c => c.Grain.Type).ToArray());
        states.Parameters.AddWithValue(removed.Select(c => c.Grain.Key).ToArray());
        states.Parameters.AddWithValue(removed.Select(c => c.ExpectedVersion).ToArray());
        var reminders = new NpgsqlBatchCommand("""
            DELETE FROM grain_reminders r USING unnest($1::text[], $2::text[]) AS u(t, k)
            WHERE r.grain_type = u.t AND r.grain_key = u.k
            """);
        reminders.Parameters.AddWithValue(removed.Select(c => c.Grain.Type).ToArray());
        reminders.Parameters.AddWithValue(removed.Select(c => c.Grain.Key).ToArray());
        batch.BatchCommands.Add(states);
        batch.BatchCommands.Add(reminders);
        await batch.ExecuteNonQueryAsync(ct);
        if (states.RecordsAffected != removed.Count(c => c.ExpectedVersion > 0))
        {
            throw new InconsistentStateException("A removed grain's state changed since it was read (ETag mismatch).");
        }
    }

    private static async Task WriteDeadLettersAsync(NpgsqlConnection connection, IReadOnlyList<DeadLetter> deadLetters, CancellationToken ct)
    {
        if (deadLetters.Count == 0) return;
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO grain_dead_letters (event_seq, scope, grain_type, grain_key, error)
            SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])
            """, connection);
        cmd.Parameters.AddWithValue(deadLetters.Select(d => d.Event.Position.Sequence).ToArray());
        cmd.Parameters.AddWithValue(deadLetters.Select(d => d.Event.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(deadLetters.Select(d => d.Event.Grain.Type).ToArray());
        cmd.Parameters.AddWithValue(deadLetters.Select(d => d.Event.Grain.Key).ToArray());
        cmd.Parameters.AddWithValue(deadLetters.Select(d => d.Error).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task AdvanceCursorsAsync(NpgsqlConnection connection, IReadOnlyList<CursorAdvance> cursors, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            UPDATE grain_partition_cursors c SET tx = u.to_tx, seq = u.to_seq, updated_at = now()
            FROM unnest($1::int[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[]) AS u(p, from_tx, from_seq, to_tx, to_seq)
            WHERE c.partition = u.p AND c.tx = u.from_tx AND c.seq = u.from_seq
            """, connection);
        cmd.Parameters.AddWithValue(cursors.Select(c => c.Partition).ToArray());
        cmd.Parameters.AddWithValue(cursors.Select(c => c.From.Transaction).ToArray());
        cmd.Parameters.AddWithValue(cursors.Select(c => c.From.Sequence).ToArray());
        cmd.Parameters.AddWithValue(cursors.Select(c => c.To.Transaction).ToArray());
        cmd.Parameters.AddWithValue(cursors.Select(c => c.To.Sequence).ToArray());
        if (await cmd.ExecuteNonQueryAsync(ct) != cursors.Count)
        {
            throw new InconsistentStateException("A partition's cursor moved: another node owns it now.");
        }
    }
}
