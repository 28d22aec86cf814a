using Saas.Domain.Customers;
using Saas.Domain.Loyalty;

namespace Saas.Server.Features.Customers;

public sealed record CustomerSummary(
    string CustomerId,
    string? Name,
    string? Email,
    string Segment,
    string? Rfm,
    string? AbcClass,
    int Orders,
    decimal Revenue,
    decimal? Clv,
    double? ProbabilityAlive,
    double? ChurnRisk,
    int? Loyalty,
    string? LifecycleStage,
    DateTimeOffset? LastOrderAt,
    string? AccountManagerId);

/// <summary>One page of customers; <see cref="HasMore"/> says whether the next offset has more.</summary>
public sealed record CustomerPage(IReadOnlyList<CustomerSummary> Items, int Offset, bool HasMore);

/// <summary>A customer's portrait: basics, value, scores with their reasons, behaviour, history and alerts.</summary>
public sealed record CustomerProfile(
    CustomerSummary Summary,
    CustomerDemographics Demographics,
    CustomerValue Value,
    CustomerBehaviour Behaviour,
    LoyaltyScore? Loyalty,
    IReadOnlyList<PurchaseDay> RecentPurchaseDays,
    IReadOnlyDictionary<string, CategoryPurchases> Categories,
    IReadOnlyList<SegmentHistoryEntry> SegmentHistory,
    IReadOnlyList<CustomerAlert> Alerts,
    DateTimeOffset? NextReviewAt);

public sealed record CustomerDemographics(string? Phone, string? Gender, string? AgeBand, string? City, string? Region, string? Channel, string? Occupation, string? IncomeBand);

public sealed record CustomerValue(
    double? RecencyDays, int? R, int? F, int? M, double? ProbabilityAlive, double? ExpectedPurchases30, double? ExpectedPurchases90,
    double? ExpectedPurchases365, double? ExpectedSpend, double? Clv, bool TopClvQuintile, double ChurnRisk, string? Currency);

public sealed record CustomerBehaviour(
    string? BuyerType, double PromotionShare, string? PromotionLabel, IReadOnlyList<string> PreferredCategories, string? PurchasingPower,
    int PurchaseDays, double? MeanIntervalDays, decimal Discounts, DateTimeOffset? FirstOrderAt);

public sealed record SegmentHistoryEntry(string From, string To, DateTimeOffset At, string Cause);

public sealed record CustomerAlert(long Id, string Kind, string Summary, string Status, DateTimeOffset RaisedAt);

/// <summary>Assigns the customer to an account manager of the tenant, or unassigns it with null.</summary>
public sealed record ManagerAssignment(string? AccountManagerId);
