using System.Security.Cryptography;
using System.Text;

namespace Saas.Server.Infrastructure;

/// <summary>
/// 256-bit random secrets handed out once (API keys, invitation links). Only their SHA-256 is stored: the
/// secret has full entropy, so a fast hash is enough and a lookup stays a single index probe.
/// </summary>
public static class SecretTokens
{
    public static string Generate(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
