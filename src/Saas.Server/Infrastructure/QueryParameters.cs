using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Saas.Server.Infrastructure;

/// <summary>
/// Query parameters read from their text, so that a bad value is a 400 validation problem naming
/// its parameter instead of a binding failure that names none.
/// </summary>
public sealed class QueryParameters
{
    public const string MonthFormat = "yyyy-MM";
    private const string DateFormat = "yyyy-MM-dd";

    private readonly Dictionary<string, string[]> _errors = [];

    public bool Valid => _errors.Count == 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors);

    public void Fail(string name, string message) => _errors.TryAdd(name, [message]);

    public DateOnly Date(string name, string? text)
    {
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(name, "A date is required, as YYYY-MM-DD.");
        return default;
    }

    /// <returns>The moment in UTC, or null when absent.</returns>
    public DateTimeOffset? Time(string name, string? text)
    {
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value.ToUniversalTime();
        Fail(name, "A date or time in ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.");
        return null;
    }

    /// <returns>The first day of the month.</returns>
    public DateOnly Month(string name, string? text, DateOnly fallback)
    {
        if (text is null) return fallback;
        if (DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        Fail(name, "A month, as YYYY-MM.");
        return fallback;
    }

    public int Integer(string name, string? text, int fallback, int min, int max)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Fail(name, max == int.MaxValue ? $"A whole number, {min} or more." : $"A whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>A share above 0 and at most <paramref name="max"/>.</summary>
    public double Share(string name, string? text, double fallback, double max)
    {
        if (text is null) return fallback;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max) return value;
        Fail(name, $"A number above 0 and at most {max.ToString(CultureInfo.InvariantCulture)}.");
        return fallback;
    }

    /// <returns>The text if it is one of <paramref name="allowed"/>; the first of them when absent.</returns>
    public string Choice(string name, string? text, params string[] allowed)
    {
        if (text is null) return allowed[0];
        if (allowed.Contains(text, StringComparer.Ordinal)) return text;
        Fail(name, $"One of: {string.Join(", ", allowed)}.");
        return allowed[0];
    }
}
