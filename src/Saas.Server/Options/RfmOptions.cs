using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Options;

/// <summary>How tenants' RFM quintile thresholds are kept current.</summary>
public sealed class RfmOptions
{
    public const string Section = "Rfm";

    /// <summary>How often each tenant recomputes its thresholds from the customers projection.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan RecomputeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Below this many customers with orders, the default thresholds are used.</summary>
    [Range(5, 1_000_000)]
    public int MinimumSample { get; set; } = 50;

    /// <summary>How long a node keeps a tenant's thresholds before reading them again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
