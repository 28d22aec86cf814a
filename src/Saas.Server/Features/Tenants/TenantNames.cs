namespace Saas.Server.Features.Tenants;

public static class TenantNames
{
    public const int MaxLength = 100;

    /// <summary>Why a company name cannot be used, or null. It appears in mail subjects, so no control characters.</summary>
    public static string? Problem(string name) =>
        name.Length is 0 or > MaxLength || name.Any(char.IsControl)
            ? $"A name of 1 to {MaxLength} characters, on one line, is required."
            : null;
}
