namespace Saas.Server.Infrastructure.Postgres;

/// <summary>The admin console's searches: a case-insensitive substring (ILIKE parameter), and a bounded page.</summary>
public static class TextSearch
{
    public const int MaxLimit = 1000;

    /// <summary>The ILIKE pattern for the text, or NULL (match everything) when there is none.</summary>
    public static object Pattern(string? search) => string.IsNullOrWhiteSpace(search) ? DBNull.Value : $"%{search.Trim()}%";

    public static int Limit(int requested) => Math.Clamp(requested, 1, MaxLimit);
}
