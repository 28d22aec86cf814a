using System.Text;
using Saas.Domain.Orders;

namespace Saas.Server.Features.Identities;

/// <summary>One way a customer is recognised in a tenant: a normalised email, a normalised phone, or a shop's customer id.</summary>
public sealed record IdentityKey(string Kind, string Value)
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Source = "source";

    public bool IsContact => Kind != Source;

    /// <summary>How a merge explains itself: "same email a@b.c", "same phone +8613800138000".</summary>
    public override string ToString() => $"{Kind} {Value}";
}

/// <summary>The normalisation rules of docs/IDENTITIES.md.</summary>
public static class IdentityKeys
{
    private const int MinimumPhoneDigits = 6;

    /// <summary>The customer's source id first, then its email and phone when they normalise to something.</summary>
    public static IEnumerable<IdentityKey> Of(CustomerBasics customer)
    {
        yield return new IdentityKey(IdentityKey.Source, customer.Id);
        if (NormaliseEmail(customer.Email) is { } email) yield return new IdentityKey(IdentityKey.Email, email);
        if (NormalisePhone(customer.Phone) is { } phone) yield return new IdentityKey(IdentityKey.Phone, phone);
    }

    /// <summary>Trimmed and lower case; null unless it has one @ with something on both sides.</summary>
    public static string? NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed)) return null;
        var at = trimmed.IndexOf('@');
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace) ? trimmed : null;
    }

    /// <summary>
    /// Digits only, spaces, dashes, dots and brackets dropped; a leading + or 00 becomes +. Null if anything else is
    /// in it or it has fewer than six digits.
    /// </summary>
    public static string? NormalisePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c == '+' && digits.Length == 0) digits.Append(c);
            else if (c is not (' ' or '-' or '.' or '(' or ')')) return null;
        }
        var text = digits.ToString();
        if (text.StartsWith("00", StringComparison.Ordinal)) text = "+" + text[2..];
        return text.Count(char.IsAsciiDigit) >= MinimumPhoneDigits ? text : null;
    }
}
