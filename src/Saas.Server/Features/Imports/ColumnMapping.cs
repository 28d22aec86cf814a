namespace Saas.Server.Features.Imports;

/// <summary>Which column of the file fills which field: field key to the column's position in the header (from 0).</summary>
public static class ColumnMapping
{
    /// <summary>Each field gets the first column whose header is one of its names; a column fills one field at most.</summary>
    public static Dictionary<string, int> Propose(string kind, IReadOnlyList<string> header)
    {
        var normalised = header.Select(Normalise).ToArray();
        var mapping = new Dictionary<string, int>();
        var taken = new HashSet<int>();
        foreach (var field in ImportKinds.FieldsOf(kind))
        {
            var column = Array.FindIndex(normalised, (name) => field.Names.Contains(name));
            if (column >= 0 && taken.Add(column)) mapping[field.Key] = column;
        }
        return mapping;
    }

    /// <returns>Errors keyed by field: unknown fields, columns outside the header, a column used twice, required fields left out.</returns>
    public static Dictionary<string, string[]> Check(string kind, IReadOnlyList<string> header, IReadOnlyDictionary<string, int> mapping)
    {
        var fields = ImportKinds.FieldsOf(kind);
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, column) in mapping)
        {
            if (fields.All(f => f.Key != key)) errors[$"mapping.{key}"] = [$"'{key}' is not a field of a {kind} file."];
            else if (column < 0 || column >= header.Count) errors[$"mapping.{key}"] = [$"The file has columns 0 to {header.Count - 1}; {column} is not one of them."];
        }
        foreach (var shared in mapping.GroupBy(m => m.Value).Where(g => g.Count() > 1))
        {
            errors[$"mapping.{shared.First().Key}"] = [$"Column {shared.Key} is mapped to {string.Join(" and ", shared.Select(m => m.Key))}; a column fills one field."];
        }
        foreach (var field in fields.Where(f => f.Required && !mapping.ContainsKey(f.Key)))
        {
            errors[$"mapping.{field.Key}"] = [$"'{field.Key}' is required; choose the column that holds it."];
        }
        return errors;
    }

    private static string Normalise(string name) =>
        new(name.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.' or '\u3000')).ToArray());
}
