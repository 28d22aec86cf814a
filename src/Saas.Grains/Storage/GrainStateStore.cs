using Npgsql;
using Saas.Grains.Core;

namespace Saas.Grains.Storage;

/// <summary>Reads and clears grain state rows; writes go through the checkpoint writer.</summary>
internal sealed class GrainStateStore(NpgsqlDataSource db)
{
    private const string Columns = "grain_key, state, version, applied_tx, applied_seq";

    public async Task<StoredState?> ReadAsync(GrainId id)
    {
        var found = await ReadManyAsync(id.Type, [id.Key]);
        return found.GetValueOrDefault(id.Key);
    }

    public async Task<Dictionary<string, StoredState>> ReadManyAsync(string grainType, IReadOnlyList<string> keys)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM grain_state WHERE grain_type = $1 AND grain_key = ANY($2)");
        cmd.Parameters.AddWithValue(grainType);
        cmd.Parameters.AddWithValue(keys.ToArray());
        var states = new Dictionary<string, StoredState>(keys.Count);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states[reader.GetString(0)] = new StoredState(
                reader.GetFieldValue<byte[]>(1), reader.GetInt64(2), new EventPosition(reader.GetInt64(3), reader.GetInt64(4)));
        }
        return states;
    }

    public async Task ClearAsync(GrainId id, long expectedVersion)
    {
        await using var cmd = db.CreateCommand("DELETE FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND version = $3");
        cmd.Parameters.AddWithValue(id.Type);
        cmd.Parameters.AddWithValue(id.Key);
        cmd.Parameters.AddWithValue(expectedVersion);
        var deleted = await cmd.ExecuteNonQueryAsync();
        if (deleted == 0 && expectedVersion != 0)
        {
            throw new InconsistentStateException($"Clearing {id} expected version {expectedVersion}, which is no longer stored.");
        }
    }
}
