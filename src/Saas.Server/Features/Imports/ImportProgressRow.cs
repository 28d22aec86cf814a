using Npgsql;

namespace Saas.Server.Features.Imports;

/// <summary>Reads an import's progress columns (<see cref="Columns"/>, in this order) and derives the pace and the time left.</summary>
public static class ImportProgressRow
{
    public const string Columns =
        "id, state, rows_read, bad_rows, bytes_read, size_bytes, orders, new_orders, customers, error, started_at, finished_at, coalesce(progressed_at, started_at)";

    /// <summary>A running import silent this long has lost its node; it may be started again.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(1);

    public static ImportProgress Read(NpgsqlDataReader reader, int at, DateTimeOffset now)
    {
        var state = reader.GetString(at + 1);
        var rows = reader.GetInt64(at + 2);
        var bytes = reader.GetInt64(at + 4);
        var size = reader.GetInt64(at + 5);
        DateTimeOffset? started = reader.IsDBNull(at + 10) ? null : reader.GetFieldValue<DateTimeOffset>(at + 10);
        DateTimeOffset? finished = reader.IsDBNull(at + 11) ? null : reader.GetFieldValue<DateTimeOffset>(at + 11);
        var seconds = started is { } s ? Math.Max(((finished ?? now) - s).TotalSeconds, 0.001) : 0;
        var bytesPerSecond = seconds > 0 ? bytes / seconds : 0;
        double? left = state == ImportStates.Running && bytesPerSecond > 0 ? Math.Max(size - bytes, 0) / bytesPerSecond : null;
        var percent = state == ImportStates.Completed ? 100 : size > 0 ? Math.Round(100.0 * bytes / size, 1) : 0;
        return new ImportProgress(reader.GetString(at), state, rows, reader.GetInt64(at + 3), bytes, size, percent,
            seconds > 0 ? Math.Round(rows / seconds) : 0, left is { } l ? Math.Round(l, 1) : null,
            reader.GetInt64(at + 6), reader.GetInt64(at + 7), reader.GetInt64(at + 8), reader.IsDBNull(at + 9) ? null : reader.GetString(at + 9),
            started, finished, state == ImportStates.Running && !reader.IsDBNull(at + 12) && reader.GetFieldValue<DateTimeOffset>(at + 12) < now - StalledAfter);
    }
}
