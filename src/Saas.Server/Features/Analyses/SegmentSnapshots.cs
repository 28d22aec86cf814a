using Npgsql;
using NpgsqlTypes;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Every customer's segment at any instant, from a weekly snapshot and the moves between it and that instant. The
/// tenant grain takes the snapshots that are due (each Monday 00:00 UTC, once an hour has passed so no writer of
/// an earlier move is still open), replaying a week of moves onto the previous one; a backdated move drops the
/// snapshots it makes wrong (012_segment_snapshots.sql) and they are taken again.
/// </summary>
public sealed class SegmentSnapshots(TenantScope scope)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(7);

    /// <summary>How long after its instant a snapshot is taken: longer than any transaction that records moves.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromHours(1);

    /// <returns>How many snapshots were taken.</returns>
    public async Task<int> TakeDueAsync(string tenantId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var latest = await EarliestOrLatestAsync(tx, tenantId, "max(taken_at) FROM segment_snapshots", ct);
        var start = latest ?? (await EarliestOrLatestAsync(tx, tenantId, "min(moved_at) FROM segment_moves", ct) is { } first ? WeekStartOf(first) : null);
        if (start is not { } at || at + Interval > now - Settle) return 0;
        var state = latest is null ? SegmentState.Empty() : (await ReadAsync(tx, tenantId, at, ct))!.Value.State;
        var taken = 0;
        for (var next = at + Interval; next <= now - Settle; at = next, next += Interval)
        {
            await ReplayAsync(tx, tenantId, state, at, next, forwards: true, ct);
            await SaveAsync(tx, tenantId, next, state, ct);
            taken++;
        }
        await tx.CommitAsync(ct);
        return taken;
    }

    /// <summary>Each customer's segment just before <paramref name="instant"/>: every move earlier than it applied.</summary>
    public static async Task<SegmentState> StateAtAsync(TenantTransaction tx, string tenantId, DateTimeOffset instant, CancellationToken ct)
    {
        if (await NearestAsync(tx, tenantId, instant, ct) is not { } snapshot)
        {
            var state = SegmentState.Empty();
            await ReplayAsync(tx, tenantId, state, DateTimeOffset.MinValue, instant, forwards: true, ct);
            return state;
        }
        var (at, from) = snapshot;
        if (at <= instant) await ReplayAsync(tx, tenantId, from, at, instant, forwards: true, ct);
        else await ReplayAsync(tx, tenantId, from, instant, at, forwards: false, ct);
        return from;
    }

    /// <summary>The week's start (Monday 00:00 UTC) at or before the instant.</summary>
    public static DateTimeOffset WeekStartOf(DateTimeOffset instant)
    {
        var day = instant.UtcDateTime.Date;
        return new DateTimeOffset(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), TimeSpan.Zero);
    }

    /// <summary>
    /// Applies the moves in [<paramref name="start"/>, <paramref name="end"/>): forwards each customer ends in its
    /// last move's segment, backwards (newest first) in its first move's origin.
    /// </summary>
    private static async Task ReplayAsync(
        TenantTransaction tx, string tenantId, SegmentState state, DateTimeOffset start, DateTimeOffset end, bool forwards, CancellationToken ct)
    {
        await using var cmd = tx.Command($"""
            SELECT customer_no, coalesce(array_position($2, {(forwards ? "to_segment" : "from_segment")}), 1) - 1
            FROM segment_moves WHERE tenant_id = $1 AND moved_at >= $3 AND moved_at < $4
            ORDER BY moved_at {(forwards ? "" : "DESC")}
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(SegmentState.Names);
        cmd.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, start);
        cmd.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, end);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) state.Set(reader.GetInt64(0), (byte)reader.GetInt32(1));
    }

    private static async Task<(DateTimeOffset At, SegmentState State)?> NearestAsync(
        TenantTransaction tx, string tenantId, DateTimeOffset instant, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            (SELECT taken_at FROM segment_snapshots WHERE tenant_id = $1 AND taken_at <= $2 ORDER BY taken_at DESC LIMIT 1)
            UNION ALL
            (SELECT taken_at FROM segment_snapshots WHERE tenant_id = $1 AND taken_at > $2 ORDER BY taken_at LIMIT 1)
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(instant);
        var candidates = await cmd.ReadAllAsync(r => r.GetFieldValue<DateTimeOffset>(0), ct);
        return candidates.Count == 0 ? null : await ReadAsync(tx, tenantId, candidates.MinBy(at => (at - instant).Duration()), ct);
    }

    private static async Task<(DateTimeOffset At, SegmentState State)?> ReadAsync(
        TenantTransaction tx, string tenantId, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = tx.Command("SELECT taken_at, customers, segments, data FROM segment_snapshots WHERE tenant_id = $1 AND taken_at = $2");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(at);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return (reader.GetFieldValue<DateTimeOffset>(0),
            SegmentState.Decode(reader.GetFieldValue<byte[]>(3), reader.GetInt32(1), reader.GetFieldValue<string[]>(2)));
    }

    private static async Task<DateTimeOffset?> EarliestOrLatestAsync(TenantTransaction tx, string tenantId, string selection, CancellationToken ct)
    {
        await using var cmd = tx.Command($"SELECT {selection} WHERE tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        return await cmd.ExecuteScalarAsync(ct) is DateTime instant ? new DateTimeOffset(instant, TimeSpan.Zero) : null;
    }

    private static async Task SaveAsync(TenantTransaction tx, string tenantId, DateTimeOffset at, SegmentState state, CancellationToken ct)
    {
        await using var cmd = tx.Command("""
            INSERT INTO segment_snapshots (tenant_id, taken_at, segments, customers, data) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (tenant_id, taken_at) DO NOTHING
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(at);
        cmd.Parameters.AddWithValue(SegmentState.Names);
        cmd.Parameters.AddWithValue(state.Count);
        cmd.Parameters.AddWithValue(state.Encode());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
