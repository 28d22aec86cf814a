using MathNet.Numerics.Distributions;
using Saas.Domain.Orders;

namespace Saas.Domain.Simulation;

/// <summary>
/// One simulated customer's hidden traits, drawn from its own seeded generator so that any customer can be drawn
/// again, alone, with the same traits (the live stream picks customers by number).
/// </summary>
public sealed record SimulatedCustomer(
    int Number,
    CustomerBasics Basics,
    ShopCatalogue.Region Region,
    string Channel,
    double PurchasesPerWeek,
    double Dropout,
    double SpendRate,
    int PreferredCategory,
    bool PromotionSensitive,
    double Satisfaction)
{
    public static SimulatedCustomer Draw(ShopSimulation shop, int number)
    {
        var random = RandomFor(shop, number);
        var region = ShopCatalogue.Regions[random.Next(ShopCatalogue.Regions.Count)];
        var first = ShopCatalogue.FirstNames[random.Next(ShopCatalogue.FirstNames.Length)];
        var last = ShopCatalogue.LastNames[random.Next(ShopCatalogue.LastNames.Length)];
        var known = random.NextDouble() < 0.4;
        var basics = new CustomerBasics(
            $"c-{number}",
            $"{first}.{last}.{number}@example.com".ToLowerInvariant(),
            $"{first} {last}",
            random.NextDouble() < 0.6 ? $"+86 139 {number % 10_000:D4} {random.Next(10_000):D4}" : null,
            random.NextDouble() < 0.55 ? "female" : "male",
            shop.From.Year - (int)Math.Clamp(Normal.Sample(random, 36, 11), 18, 75),
            region.Cities[random.Next(region.Cities.Length)],
            known ? ShopCatalogue.Occupations[random.Next(ShopCatalogue.Occupations.Length)] : null,
            known ? ShopCatalogue.IncomeBands[random.Next(ShopCatalogue.IncomeBands.Length)] : null);
        return new SimulatedCustomer(
            number,
            basics,
            region,
            ShopCatalogue.Channels[random.Next(ShopCatalogue.Channels.Length)],
            Gamma.Sample(random, shop.Buying.R, shop.Buying.Alpha),
            Beta.Sample(random, shop.Buying.A, shop.Buying.B),
            Gamma.Sample(random, shop.Spending.Q, shop.Spending.V),
            Categorical.Sample(random, region.Tastes),
            random.NextDouble() < shop.PromotionSensitiveShare,
            Beta.Sample(random, 8, 2));
    }

    /// <summary>The customer's own generator: the same customer number always gives the same customer and history.</summary>
    public static Random RandomFor(ShopSimulation shop, int number) => new(unchecked(shop.Seed * 1_000_003 + number));

    /// <summary>How much more than usual this customer buys at <paramref name="at"/> (1 without seasons).</summary>
    public double Season(ShopSimulation shop, DateTimeOffset at)
    {
        if (!shop.Seasonal) return 1;
        var month = ShopCatalogue.MonthFactors[at.UtcDateTime.Month - 1];
        var promotion = ShopCatalogue.IsPromotionDay(at) ? (PromotionSensitive ? 6 : 1.5) : (PromotionSensitive ? 0.8 : 1);
        return month * promotion;
    }

    /// <summary>The largest <see cref="Season"/> can be, for drawing purchase times by thinning.</summary>
    public double MaxSeason(ShopSimulation shop) =>
        shop.Seasonal ? ShopCatalogue.MonthFactors.Max() * (PromotionSensitive ? 6 : 1.5) : 1;
}
