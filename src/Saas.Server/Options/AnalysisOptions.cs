using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Options;

/// <summary>How tenants' models (score cut points, ABC cut-offs, BG/NBD and Gamma-Gamma fits) are kept current.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>How often each tenant recomputes its cut points from the customers projection (and checks whether a refit is due).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan RecomputeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Below this many customers with orders, default cut points apply and nothing is fitted.</summary>
    [Range(5, 1_000_000)]
    public int MinimumSample { get; set; } = 50;

    /// <summary>How long a node keeps a tenant's model before reading it again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A fit older than this is refreshed at the next recomputation.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RefitInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A fit is refreshed early once the customers grew by this share since it was made.</summary>
    [Range(0.01, 10)]
    public double RefitGrowth { get; set; } = 0.10;
}
