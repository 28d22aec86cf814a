namespace Saas.Domain.Loyalty;

/// <summary>One part of the loyalty score: its weight in the total, its own score (0-100) and why.</summary>
public sealed record LoyaltyPart(string Name, double Weight, double Score, string Explanation);
