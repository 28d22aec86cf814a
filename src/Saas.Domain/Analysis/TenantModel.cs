using Saas.Domain.Abc;
using Saas.Domain.Clv;
using Saas.Domain.Rfm;

namespace Saas.Domain.Analysis;

/// <summary>
/// What every customer of a tenant is scored against: the tenant's settings, its score cut points and its fitted
/// models. The tenant recomputes it on a schedule and when enough new data arrives; each version is immutable.
/// </summary>
public sealed record TenantModel
{
    public int Version { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    public AnalysisSettings Settings { get; init; } = new();

    public RfmThresholds Thresholds { get; init; } = RfmThresholds.Default;

    /// <summary>Null until the tenant has customers with revenue.</summary>
    public AbcCutoffs? Abc { get; init; }

    /// <summary>The smallest CLV of the tenant's top fifth; null until a fit exists.</summary>
    public double? TopClvQuintileFrom { get; init; }

    /// <summary>Three cut points of the average order value (quartiles), for purchasing power.</summary>
    public decimal[] AverageOrderValueCutPoints { get; init; } = [25m, 50m, 100m];

    /// <summary>The median days between purchases across the tenant: the rhythm assumed for one-time buyers.</summary>
    public double TypicalIntervalDays { get; init; } = 30;

    public BgNbdParameters? BgNbd { get; init; }

    public GammaGammaParameters? GammaGamma { get; init; }

    /// <summary>Customers with orders when the model was computed.</summary>
    public int SampleSize { get; init; }

    public static TenantModel Default { get; } = new();
}
