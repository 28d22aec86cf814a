using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Options;

/// <summary>The demo tenant and its synthetic shop, switched on by deploy/run.sh.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    [Required, EmailAddress]
    public string Email { get; set; } = "demo@example.com";

    [Required, MinLength(10)]
    public string Password { get; set; } = "demo-password-2026";

    [Required, MinLength(16)]
    public string ApiKey { get; set; } = "sk_demo_0123456789abcdef0123456789abcdef";

    /// <summary>The demo Shopify connection's signing secret: its live orders come as signed webhooks.</summary>
    [Required, MinLength(16)]
    public string WebhookSecret { get; set; } = "whsec_demo_0123456789abcdef0123456789abcdef";

    [Range(0, 1_000_000)]
    public int Customers { get; set; } = 2_000;

    [Range(0, 3650)]
    public int BackfillDays { get; set; } = 730;

    [Range(0, 10_000)]
    public double OrdersPerSecond { get; set; } = 4;
}
