using Npgsql;

namespace Saas.Server.Features.CustomSegments;

/// <summary>The positional parameters of one command, numbered as the SQL that uses them is written.</summary>
public sealed class SqlParameters
{
    private readonly List<NpgsqlParameter> _values = [];

    /// <returns>The placeholder of the new parameter, e.g. "$3".</returns>
    public string Add<T>(T value)
    {
        _values.Add(new NpgsqlParameter<T> { TypedValue = value });
        return $"${_values.Count}";
    }

    public NpgsqlCommand AddTo(NpgsqlCommand command)
    {
        foreach (var value in _values) command.Parameters.Add(value);
        return command;
    }
}
