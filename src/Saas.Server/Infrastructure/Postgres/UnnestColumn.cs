using Npgsql;

namespace Saas.Server.Infrastructure.Postgres;

/// <summary>
/// One column of a batch written through <c>unnest</c>: its name, the PostgreSQL type of its elements, and how a row
/// gives its value. A batch travels as one typed array per column in PostgreSQL's binary format, with no text or JSON
/// to build on this side or to parse on the other.
/// </summary>
public abstract record UnnestColumn<TRow>(string Name, string Type, string? Cast)
{
    /// <summary>The column as the statement selects it from the unnested arrays, cast where its table type differs.</summary>
    public string Select => Cast is null ? Name : $"{Name}::{Cast}";

    public abstract NpgsqlParameter ArrayOf(IReadOnlyList<TRow> rows);

    /// <summary><c>unnest($first::type[], …) AS u(name, …)</c> over these columns.</summary>
    public static string Unnest(IReadOnlyList<UnnestColumn<TRow>> columns, int first = 1) =>
        $"unnest({string.Join(", ", columns.Select((c, i) => $"${first + i}::{c.Type}[]"))}) AS u({string.Join(", ", columns.Select(c => c.Name))})";
}

public sealed record UnnestColumn<TRow, TValue>(string Name, string Type, Func<TRow, TValue> Value, string? Cast = null)
    : UnnestColumn<TRow>(Name, Type, Cast)
{
    public override NpgsqlParameter ArrayOf(IReadOnlyList<TRow> rows)
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Value(rows[i]);
        return new NpgsqlParameter<TValue[]> { TypedValue = values };
    }
}
