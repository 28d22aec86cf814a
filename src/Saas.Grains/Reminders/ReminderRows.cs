using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Reminders;

/// <summary>A one-shot reminder to set at <see cref="DueAt"/>, or to remove when it is null.</summary>
public sealed record ReminderChange(GrainId Grain, int Partition, string Name, DateTimeOffset? DueAt);

/// <summary>Sets and removes many one-shot reminders inside a caller's transaction (a checkpoint, a bulk job).</summary>
public static class ReminderRows
{
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<ReminderChange> changes, CancellationToken ct)
    {
        var set = changes.Where(c => c.DueAt is not null).ToArray();
        var removed = changes.Where(c => c.DueAt is null).ToArray();
        if (set.Length > 0)
        {
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO grain_reminders (grain_type, grain_key, name, scope, partition, due_at)
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[])
                ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period = NULL
                """, connection);
            upsert.Parameters.AddWithValue(set.Select(c => c.Grain.Type).ToArray());
            upsert.Parameters.AddWithValue(set.Select(c => c.Grain.Key).ToArray());
            upsert.Parameters.AddWithValue(set.Select(c => c.Name).ToArray());
            upsert.Parameters.AddWithValue(set.Select(c => c.Grain.Scope).ToArray());
            upsert.Parameters.AddWithValue(set.Select(c => c.Partition).ToArray());
            upsert.Parameters.AddWithValue(set.Select(c => c.DueAt!.Value.ToUniversalTime()).ToArray());
            await upsert.ExecuteNonQueryAsync(ct);
        }
        if (removed.Length > 0)
        {
            await using var delete = new NpgsqlCommand("""
                DELETE FROM grain_reminders r USING unnest($1::text[], $2::text[], $3::text[]) AS u(t, k, n)
                WHERE r.grain_type = u.t AND r.grain_key = u.k AND r.name = u.n
                """, connection);
            delete.Parameters.AddWithValue(removed.Select(c => c.Grain.Type).ToArray());
            delete.Parameters.AddWithValue(removed.Select(c => c.Grain.Key).ToArray());
            delete.Parameters.AddWithValue(removed.Select(c => c.Name).ToArray());
            await delete.ExecuteNonQueryAsync(ct);
        }
    }
}
