using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Saas.Server.Infrastructure;

namespace Saas.Server.Features.Shops;

/// <summary>
/// Webhook signing secrets: 256 random bits, encrypted at rest with Data Protection (the key ring every node
/// shares), and the check of a delivery's base64 HMAC-SHA256, compared in constant time.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider dataProtection)
{
    private const int SignatureBytes = 32;
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Saas.Shops.WebhookSecret.v1");

    public static string Generate() => SecretTokens.Generate("whsec_");

    public byte[] Protect(string secret) => _protector.Protect(Encoding.UTF8.GetBytes(secret));

    /// <returns>True only if <paramref name="signature"/> is the base64 HMAC-SHA256 of <paramref name="body"/> keyed by the secret.</returns>
    public bool IsSignedWith(byte[] protectedSecret, ReadOnlySpan<byte> body, string? signature)
    {
        Span<byte> given = stackalloc byte[SignatureBytes];
        if (signature is null || !Convert.TryFromBase64String(signature.Trim(), given, out var length) || length != SignatureBytes) return false;
        var key = _protector.Unprotect(protectedSecret);
        try
        {
            Span<byte> expected = stackalloc byte[SignatureBytes];
            HMACSHA256.HashData(key, body, expected);
            return CryptographicOperations.FixedTimeEquals(expected, given);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
