using Npgsql;

namespace Saas.Server.Features.Identities;

internal static class SqlBatch
{
    /// <summary>Adds a statement with positional parameters ($1, $2, ...) to the batch.</summary>
    public static NpgsqlBatch With(this NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.AddWithValue(value);
        batch.BatchCommands.Add(command);
        return batch;
    }
}
