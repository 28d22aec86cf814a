using Npgsql;

namespace Saas.Server.Infrastructure.Postgres;

public static class DataReaderExtensions
{
    /// <summary>A text column that may be NULL.</summary>
    public static string? GetStringOrNull(this NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
