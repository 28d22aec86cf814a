namespace Saas.Server.Options;

/// <summary>The first platform admin, created on first start if set (SAAS_ADMIN_EMAIL, SAAS_ADMIN_PASSWORD).</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
