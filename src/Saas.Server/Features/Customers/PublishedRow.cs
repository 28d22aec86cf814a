namespace Saas.Server.Features.Customers;

/// <summary>The columns of a published customer that the tenant's model decides, as the re-scoring job reads them.</summary>
public sealed record PublishedRow(
    string CustomerId,
    string? Name,
    int Orders,
    decimal Revenue,
    DateTimeOffset FirstOrderAt,
    DateTimeOffset LastOrderAt,
    int PurchaseDays,
    decimal FirstDaySpend,
    double? MeanIntervalDays,
    double? IntervalStdDays,
    string? AccountManagerId,
    DateTimeOffset? NextReviewAt,
    DateTimeOffset UpdatedAt,
    RescoredColumns Columns);

/// <summary>What re-scoring may change; compared before and after, only changed rows are written.</summary>
public sealed record RescoredColumns(
    short R,
    short F,
    short M,
    string Segment,
    DateTimeOffset SegmentSince,
    string? AbcClass,
    double? ProbabilityAlive,
    double? ExpectedPurchases30,
    double? ExpectedPurchases90,
    double? ExpectedPurchases365,
    decimal? ExpectedSpend,
    decimal? Clv,
    double ChurnRisk,
    string? PurchasingPower);
