using Microsoft.Extensions.Logging;
using Npgsql;
using Saas.Grains.Core;
using Saas.Grains.Hosting;

namespace Saas.Grains.Reminders;

/// <summary>
/// Durable reminders: one row per reminder with its due time. A sweep on each node wakes only the due grains
/// of the partitions it owns; nothing is kept in memory per grain.
/// </summary>
internal sealed partial class ReminderService(NpgsqlDataSource db, ILogger<ReminderService> logger)
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    public async Task RegisterAsync(GrainId grain, int partition, string name, DateTimeOffset dueAt, TimeSpan? period)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO grain_reminders (grain_type, grain_key, name, scope, partition, due_at, period)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period = excluded.period
            """);
        cmd.Parameters.AddWithValue(grain.Type);
        cmd.Parameters.AddWithValue(grain.Key);
        cmd.Parameters.AddWithValue(name);
        cmd.Parameters.AddWithValue(grain.Scope);
        cmd.Parameters.AddWithValue(partition);
        cmd.Parameters.AddWithValue(dueAt.ToUniversalTime());
        cmd.Parameters.AddWithValue(period is { } p ? p : DBNull.Value);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task UnregisterAsync(GrainId grain, string name)
    {
        await using var cmd = db.CreateCommand("DELETE FROM grain_reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3");
        cmd.Parameters.AddWithValue(grain.Type);
        cmd.Parameters.AddWithValue(grain.Key);
        cmd.Parameters.AddWithValue(name);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Fires the reminders due in the given partitions; returns how many fired.</summary>
    public async Task<int> SweepAsync(GrainRuntime runtime, IReadOnlyCollection<int> partitions, CancellationToken ct)
    {
        if (partitions.Count == 0) return 0;
        var due = await ReadDueAsync(partitions, ct);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct },
            async (reminder, _) => await FireAsync(runtime, reminder));
        return due.Count;
    }

    private async Task FireAsync(GrainRuntime runtime, DueReminder reminder)
    {
        try
        {
            await runtime.InvokeAsync(reminder.Grain, async grain =>
            {
                if (grain is not IRemindable remindable) throw new InvalidOperationException($"{reminder.Grain} does not take reminders.");
                await remindable.ReceiveReminderAsync(reminder.Name);
                return true;
            });
            await CompleteAsync(reminder, reminder.Period is null ? "DELETE FROM grain_reminders" : null);
        }
        catch (GrainNotLocalException)
        {
            // The partition moved away during the sweep; its new owner fires the reminder.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReminderFailed(logger, ex, reminder.Name, reminder.Grain);
            await PostponeAsync(reminder, RetryAfterFailure);
        }
    }

    /// <summary>Deletes a one-shot reminder, or moves a periodic one on; unless the grain re-registered it meanwhile.</summary>
    private async Task CompleteAsync(DueReminder reminder, string? deleteSql)
    {
        var sql = (deleteSql ?? "UPDATE grain_reminders SET due_at = greatest(due_at + period, now())")
            + " WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND due_at = $4";
        await using var cmd = db.CreateCommand(sql);
        AddKey(cmd, reminder);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task PostponeAsync(DueReminder reminder, TimeSpan delay)
    {
        await using var cmd = db.CreateCommand(
            "UPDATE grain_reminders SET due_at = now() + $5 WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND due_at = $4");
        AddKey(cmd, reminder);
        cmd.Parameters.AddWithValue(delay);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void AddKey(NpgsqlCommand cmd, DueReminder reminder)
    {
        cmd.Parameters.AddWithValue(reminder.Grain.Type);
        cmd.Parameters.AddWithValue(reminder.Grain.Key);
        cmd.Parameters.AddWithValue(reminder.Name);
        cmd.Parameters.AddWithValue(reminder.DueAt);
    }

    private async Task<List<DueReminder>> ReadDueAsync(IReadOnlyCollection<int> partitions, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT grain_type, grain_key, name, due_at, period FROM grain_reminders
            WHERE partition = ANY($1) AND due_at <= now()
            ORDER BY due_at LIMIT 1000
            """);
        cmd.Parameters.AddWithValue(partitions.ToArray());
        var due = new List<DueReminder>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            due.Add(new DueReminder(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTime>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<TimeSpan>(4)));
        }
        return due;
    }

    private sealed record DueReminder(GrainId Grain, string Name, DateTime DueAt, TimeSpan? Period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder {Name} of grain {Grain} failed; retrying in a minute")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string name, GrainId grain);
}
