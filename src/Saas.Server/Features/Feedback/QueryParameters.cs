using System.Globalization;

namespace Saas.Server.Features.Feedback;

/// <summary>
/// Reads query parameters taken as text, so a value that does not parse is a validation problem naming the
/// parameter, as one out of range is (binding would refuse it with a 400 that names nothing).
/// </summary>
internal sealed class QueryParameters
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public int Number(string name, string? text, int fallback, int min, int max)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Errors[name] = [max == int.MaxValue ? $"A whole number, {min} or more." : $"A whole number from {min} to {max}."];
        return fallback;
    }

    public DateTimeOffset? Time(string name, string? text)
    {
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value.ToUniversalTime();
        Errors[name] = ["A date or time in ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z."];
        return null;
    }

    public string Choice(string name, string? text, params string[] allowed)
    {
        if (text is null) return allowed[0];
        if (allowed.Contains(text)) return text;
        Errors[name] = [$"One of: {string.Join(", ", allowed)}."];
        return allowed[0];
    }
}
