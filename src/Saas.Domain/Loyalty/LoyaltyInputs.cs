using Saas.Domain.Customers;

namespace Saas.Domain.Loyalty;

/// <summary>What the loyalty score is made from.</summary>
/// <param name="TenureDays">Days from the first purchase to the last: how long the customer has kept buying.</param>
/// <param name="RecencyDays">Days since the last purchase.</param>
/// <param name="AverageRating">Satisfaction, 1 to 5; null without a rating.</param>
/// <param name="Orders">Orders, against which complaints and returns are counted.</param>
/// <param name="ProbabilityAlive">From BG/NBD; null when the tenant has no fit yet.</param>
/// <param name="TypicalIntervalDays">The tenant's typical interval, to judge the recency of a one-purchase customer.</param>
public sealed record LoyaltyInputs(
    double TenureDays,
    Rhythm Rhythm,
    double RecencyDays,
    double? AverageRating,
    int Complaints,
    int Returns,
    int Orders,
    double? ProbabilityAlive,
    double? TypicalIntervalDays = null);
