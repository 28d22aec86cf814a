namespace Saas.Server.Features.Feedback;

/// <summary>Checks the fields of one posted item; each error is keyed by the item's path and the field's name.</summary>
internal sealed class FieldCheck(Dictionary<string, string[]> errors, string path, DateTimeOffset latestTime)
{
    private readonly int _errorsBefore = errors.Count;

    public bool Failed => errors.Count > _errorsBefore;

    public void Fail(string field, string message) => errors[path + field] = [message];

    /// <summary>The item itself is missing (a JSON null).</summary>
    public void FailItem(string message) => errors[path.TrimEnd('.') is { Length: > 0 } item ? item : "body"] = [message];

    public void Text(string field, string? value, int maxLength, bool required = false)
    {
        if (value is null)
        {
            if (required) Fail(field, "This field is required.");
        }
        else if (string.IsNullOrWhiteSpace(value)) Fail(field, required ? "This field is required." : "Leave the field out rather than send it blank.");
        else if (value.Length > maxLength) Fail(field, $"At most {maxLength} characters.");
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max)) Fail(field, $"From {min} to {max}.");
    }

    public void Time(string field, DateTimeOffset? value, bool required = false)
    {
        if (value is null && required) Fail(field, "This time is required (ISO 8601 with offset).");
        else if (value > latestTime) Fail(field, "This time is in the future.");
    }
}
