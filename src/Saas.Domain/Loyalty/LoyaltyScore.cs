namespace Saas.Domain.Loyalty;

/// <summary>The weighted sum of the parts' scores, rounded half away from zero: 0 (none) to 100.</summary>
public sealed record LoyaltyScore(int Total, IReadOnlyList<LoyaltyPart> Parts);
