namespace Saas.Domain.Behaviour;

/// <summary>
/// Age bands from the birth year (shops rarely know the date): the age is the one reached this calendar year.
/// Bands: under 18, 18-23, 24-28, 29-35, 36+; fine bands are 3 years wide from 18 (18-20, 21-23, 24-26, ...).
/// An unknown or implausible birth year (in the future, or over 120 years ago) has no band.
/// </summary>
public static class AgeBands
{
    public const string Under18 = "under 18";
    public const int Adult = 18;
    public const int FineWidth = 3;
    public const int OldestPlausible = 120;

    public static string? Of(int? birthYear, DateOnly today) => AgeOf(birthYear, today) switch
    {
        null => null,
        < Adult => Under18,
        <= 23 => "18-23",
        <= 28 => "24-28",
        <= 35 => "29-35",
        _ => "36+",
    };

    public static string? FineOf(int? birthYear, DateOnly today) => AgeOf(birthYear, today) switch
    {
        null => null,
        < Adult => Under18,
        { } age => FineBand(Adult + (age - Adult) / FineWidth * FineWidth),
    };

    private static string FineBand(int from) => $"{from}-{from + FineWidth - 1}";

    private static int? AgeOf(int? birthYear, DateOnly today) =>
        today.Year - birthYear is { } age && age is >= 0 and <= OldestPlausible ? age : null;
}
