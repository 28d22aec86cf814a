using Npgsql;
using NpgsqlTypes;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// Rows of one pre-aggregate table as column arrays, sorted by key: the first <see cref="KeyColumns"/> columns are
/// the key, the others are amounts that add up. The checkpoint adds them to the table with one unnest upsert; the
/// bench copies them into an empty one.
/// </summary>
public sealed record TableRows(string Table, int KeyColumns, IReadOnlyList<TableColumn> Columns)
{
    public int Count => Columns[0].Values.Length;

    public IEnumerable<string> Names => Columns.Select(c => c.Name);

    /// <summary>
    /// INSERT ... ON CONFLICT adding each amount to the stored one. The rows arrive in key order, so concurrent
    /// checkpoints lock the rows they share in the same order and cannot deadlock.
    /// </summary>
    public NpgsqlBatchCommand AddCommand(string returning = "")
    {
        var keys = string.Join(", ", Names.Take(KeyColumns));
        var sums = string.Join(", ", Names.Skip(KeyColumns).Select(n => $"{n} = t.{n} + excluded.{n}"));
        var arrays = string.Join(", ", Columns.Select((_, i) => $"${i + 1}"));
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {Table} AS t ({string.Join(", ", Names)}) SELECT * FROM unnest({arrays}) " +
            $"ON CONFLICT ({keys}) DO UPDATE SET {sums} {returning}");
        foreach (var column in Columns)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | column.Type, Value = column.Values });
        }
        return command;
    }
}

public sealed record TableColumn(string Name, NpgsqlDbType Type, Array Values)
{
    public static TableColumn Text(string name, IEnumerable<string> values) => new(name, NpgsqlDbType.Text, values.ToArray());

    public static TableColumn Date(string name, IEnumerable<DateOnly> values) => new(name, NpgsqlDbType.Date, values.ToArray());

    public static TableColumn Integer(string name, IEnumerable<int> values) => new(name, NpgsqlDbType.Integer, values.ToArray());

    public static TableColumn Count(string name, IEnumerable<long> values) => new(name, NpgsqlDbType.Bigint, values.ToArray());

    public static TableColumn Money(string name, IEnumerable<decimal> values) => new(name, NpgsqlDbType.Numeric, values.ToArray());
}
