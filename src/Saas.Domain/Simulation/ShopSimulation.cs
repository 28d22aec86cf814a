using Saas.Domain.Clv;

namespace Saas.Domain.Simulation;

/// <summary>
/// The hidden truth of a simulated shop. Buying follows the BG/NBD story (in weeks): each customer buys as a
/// Poisson process at a rate λ ~ Gamma(r, α) and, after each repeat purchase, drops out with a probability
/// p ~ Beta(a, b). Each order's value is Gamma(p, ν) with the customer's ν ~ Gamma(q, v) (Gamma-Gamma).
/// </summary>
/// <param name="Customers">How many customers make a first purchase between <paramref name="From"/> and <paramref name="Until"/>.</param>
public sealed record ShopSimulation(int Customers, DateTimeOffset From, DateTimeOffset Until, int Seed = 2026)
{
    /// <summary>About four purchases a year on average, one customer in six gone after each purchase.</summary>
    public BgNbdParameters Buying { get; init; } = new(R: 0.8, Alpha: 10, A: 0.8, B: 4);

    /// <summary>About 30 per order on average, some customers spending far more than others.</summary>
    public GammaGammaParameters Spending { get; init; } = new(P: 6, Q: 4, V: 15);

    /// <summary>Busier months and promotion days; off, buying is the plain BG/NBD process.</summary>
    public bool Seasonal { get; init; } = true;

    /// <summary>The share of customers who buy mostly on promotion days, and then with a discount.</summary>
    public double PromotionSensitiveShare { get; init; } = 0.3;

    public double ReturnRate { get; init; } = 0.04;

    public double ComplaintRate { get; init; } = 0.03;

    public double RatingRate { get; init; } = 0.2;

    public string Currency { get; init; } = "CNY";
}
