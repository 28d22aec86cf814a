using Npgsql;
using Saas.Grains.Hosting;

namespace Saas.Grains.Cluster;

/// <summary>
/// Owns partitions through PostgreSQL advisory locks held on one dedicated connection: if this node dies its
/// connection drops and its locks with it. Nodes heartbeat in a table and each aims at an even share.
/// </summary>
internal sealed class PartitionBalancer(NpgsqlDataSource db, GrainsOptions options) : IAsyncDisposable
{
    /// <summary>The advisory lock namespace of partitions (the first key of the two-int lock).</summary>
    private const int LockNamespace = 0x5A47;

    private readonly SortedSet<int> _held = [];
    private NpgsqlConnection? _connection;

    public IReadOnlyCollection<int> Held => _held;

    /// <summary>Heartbeats and takes free partitions up to this node's share.</summary>
    /// <returns>Partitions to give up: the share shrank, or the lock connection failed and every lock is gone.</returns>
    public async Task<BalanceResult> BalanceAsync(CancellationToken ct)
    {
        try
        {
            _connection ??= await db.OpenConnectionAsync(ct);
            var liveNodes = await HeartbeatAsync(_connection, ct);
            var share = (int)Math.Ceiling(options.PartitionCount / (double)Math.Max(1, liveNodes));
            var gained = new List<int>();
            foreach (var partition in Enumerable.Range(0, options.PartitionCount).Where(p => !_held.Contains(p)).OrderBy(_ => Random.Shared.Next()))
            {
                if (_held.Count >= share) break;
                if (!await TryLockAsync(_connection, partition, ct)) continue;
                _held.Add(partition);
                gained.Add(partition);
            }
            var excess = _held.Reverse().Take(Math.Max(0, _held.Count - share)).ToArray();
            return new BalanceResult(gained, excess, LostAll: false);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            var lost = _held.ToArray();
            _held.Clear();
            await DropConnectionAsync();
            return new BalanceResult([], lost, LostAll: true);
        }
    }

    public async Task ReleaseAsync(int partition)
    {
        if (!_held.Remove(partition) || _connection is null) return;
        await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock($1, $2)", _connection);
        cmd.Parameters.AddWithValue(LockNamespace);
        cmd.Parameters.AddWithValue(partition);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Best effort: if the row cannot be deleted, it simply expires.</summary>
    public async Task LeaveAsync()
    {
        _held.Clear();
        await DropConnectionAsync();
        try
        {
            await using var cmd = db.CreateCommand("DELETE FROM grain_cluster_nodes WHERE node_id = $1");
            cmd.Parameters.AddWithValue(options.NodeId);
            await cmd.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException)
        {
            // The database is gone or shutting down; the heartbeat row expires by itself.
        }
    }

    public ValueTask DisposeAsync() => new(DropConnectionAsync());

    private async Task<int> HeartbeatAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            WITH beat AS (
                INSERT INTO grain_cluster_nodes AS n (node_id, started_at, heartbeat_at, partitions)
                VALUES ($1, now(), now(), $2)
                ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now(), partitions = excluded.partitions
                RETURNING node_id)
            SELECT 1 + count(*) FROM grain_cluster_nodes
            WHERE heartbeat_at > now() - $3 AND node_id <> $1
            """, connection);
        cmd.Parameters.AddWithValue(options.NodeId);
        cmd.Parameters.AddWithValue(_held.ToArray());
        cmd.Parameters.AddWithValue(options.NodeExpiry);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, int partition, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", connection);
        cmd.Parameters.AddWithValue(LockNamespace);
        cmd.Parameters.AddWithValue(partition);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is null) return;
        await _connection.DisposeAsync();
        _connection = null;
    }
}

internal sealed record BalanceResult(IReadOnlyList<int> Gained, IReadOnlyList<int> Release, bool LostAll);
