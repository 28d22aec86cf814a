using System.Globalization;

namespace Saas.Server.Features.Imports;

/// <summary>
/// Reads one record's mapped values. Each reader returns false with the reason a user can act on, so the row is
/// reported as bad with it.
/// </summary>
public sealed class CsvValues(IReadOnlyDictionary<string, int> mapping, DateTimeOffset now)
{
    public const int MaxIdLength = 128;
    public const int MaxTextLength = 256;
    public const int MaxShortTextLength = 64;
    private static readonly string[] DateFormats = ["yyyyMMdd", "yyyy年M月d日", "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy/M/d", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss"];
    private static readonly char[] CurrencySigns = ['¥', '￥', '$', '€', '£'];
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromDays(1);
    private string[] _record = [];

    public string? Reason { get; private set; }

    public void Load(string[] record)
    {
        _record = record;
        Reason = null;
    }

    /// <summary>The mapped column's trimmed text, or null when the field is not mapped or the cell is empty.</summary>
    public string? Text(string field, int maxLength = MaxTextLength)
    {
        if (!mapping.TryGetValue(field, out var column)) return null;
        var value = _record[column].Trim();
        if (value.Length == 0) return null;
        return value.Length <= maxLength ? value : Fail<string>($"{field} has more than {maxLength} characters");
    }

    public string? Required(string field, int maxLength = MaxIdLength) =>
        Text(field, maxLength) ?? (Reason is null ? Fail<string>($"{field} is empty") : null);

    public DateTimeOffset? Date(string field)
    {
        if (Text(field) is not { } text) return Reason is null ? Fail<DateTimeOffset?>($"{field} is empty") : null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) &&
            !DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return Fail<DateTimeOffset?>($"{field} '{text}' is not a date (yyyy-MM-dd, ISO 8601, yyyy/M/d, yyyyMMdd or yyyy年M月d日)");
        }
        return date > now + MaxClockSkew ? Fail<DateTimeOffset?>($"{field} '{text}' is in the future") : date;
    }

    /// <summary>A non-negative amount; currency signs go, and a comma is a decimal point unless it groups thousands.</summary>
    public decimal? Amount(string field, bool required = false)
    {
        if (Text(field) is not { } text) return required && Reason is null ? Fail<decimal?>($"{field} is empty") : null;
        var digits = text.Trim(CurrencySigns).Trim();
        var groupsThousands = digits.Contains('.') || digits.Length - digits.LastIndexOf(',') == 4;
        digits = groupsThousands ? digits.Replace(",", "") : digits.Replace(',', '.');
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return Fail<decimal?>($"{field} '{text}' is not an amount");
        }
        return amount < 0 ? Fail<decimal?>($"{field} '{text}' is negative") : amount;
    }

    public int? Whole(string field, int min, int max)
    {
        if (Text(field) is not { } text) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : Fail<int?>($"{field} '{text}' is not a whole number from {min} to {max}");
    }

    public string? Email(string field)
    {
        var email = Text(field);
        return email is null || email.Contains('@') ? email?.ToLowerInvariant() : Fail<string>($"{field} '{email}' is not an email address");
    }

    private T? Fail<T>(string reason)
    {
        Reason ??= reason;
        return default;
    }
}
