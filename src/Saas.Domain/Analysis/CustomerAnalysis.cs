using Saas.Domain.Abc;
using Saas.Domain.Behaviour;
using Saas.Domain.Customers;
using Saas.Domain.Loyalty;
using Saas.Domain.Rfm;

namespace Saas.Domain.Analysis;

/// <summary>Everything a customer's grain concludes about its customer at one moment, with the model version used.</summary>
public sealed record CustomerAnalysis
{
    /// <summary>Nothing concluded yet; shared, as every instance is immutable.</summary>
    public static CustomerAnalysis None { get; } = new();

    public int ModelVersion { get; init; }
    public DateTimeOffset At { get; init; }
    public RfmValues? Values { get; init; }
    public RfmScore? Score { get; init; }
    public Segment Segment { get; init; } = Segment.Prospect;
    public AbcClass? Abc { get; init; }
    public double? ProbabilityAlive { get; init; }
    public double? ExpectedPurchases30 { get; init; }
    public double? ExpectedPurchases90 { get; init; }
    public double? ExpectedPurchases365 { get; init; }
    public double? ExpectedSpend { get; init; }
    public double? Clv { get; init; }
    public bool TopClvQuintile { get; init; }
    public double ChurnRisk { get; init; }
    public LoyaltyScore? Loyalty { get; init; }
    public LifecycleStage? Stage { get; init; }
    public BuyerType? BuyerType { get; init; }
    public double PromotionShare { get; init; }
    public string? PromotionLabel { get; init; }
    public IReadOnlyList<string> PreferredCategories { get; init; } = [];
    public PurchasingPower? PurchasingPower { get; init; }
    public string? AgeBand { get; init; }
    public Rhythm? Rhythm { get; init; }

    /// <summary>When, with no new event, something here would change (a score boundary, a line crossed).</summary>
    public DateTimeOffset? NextReviewAt { get; init; }
}
