using System.Security.Cryptography;
using System.Text;

namespace Saas.Server.Features.Tenants;

public static class TenantSlugs
{
    private const int MaxStemLength = 40;

    /// <summary>A URL-safe, unique-enough slug from a company name: "Tea & Co." gives "tea-co-3f9a1c".</summary>
    public static string From(string companyName)
    {
        var stem = new StringBuilder();
        foreach (var c in companyName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) stem.Append(c);
            else if (stem.Length > 0 && stem[^1] != '-') stem.Append('-');
            if (stem.Length == MaxStemLength) break;
        }
        var trimmed = stem.ToString().Trim('-');
        return (trimmed.Length == 0 ? "tenant" : trimmed) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
    }
}
