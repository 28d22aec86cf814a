using MathNet.Numerics.Distributions;

namespace Saas.Domain.Simulation;

/// <summary>
/// Generates a shop's history customer by customer, each customer's events in time order, the same for the same
/// seed. A customer's first purchase falls anywhere in the simulated period; later ones follow its BG/NBD process,
/// thinned by the seasons, until it drops out or the period ends. Returns, complaints and ratings follow orders.
/// </summary>
public sealed class ShopSimulator(ShopSimulation shop)
{
    public ShopSimulation Shop => shop;

    public IEnumerable<SimulatedEvent> History()
    {
        for (var number = 0; number < shop.Customers; number++)
        {
            foreach (var simulated in HistoryOf(number)) yield return simulated;
        }
    }

    /// <summary>One customer's events up to the end of the period, oldest first.</summary>
    public IEnumerable<SimulatedEvent> HistoryOf(int number)
    {
        var customer = SimulatedCustomer.Draw(shop, number);
        var random = SimulatedCustomer.RandomFor(shop, number + shop.Customers);
        var events = new List<SimulatedEvent>();
        var period = (shop.Until - shop.From).TotalDays;
        var at = shop.From.AddDays(random.NextDouble() * period);
        for (var n = 0; at < shop.Until; n++)
        {
            var order = SimulatedPurchases.Order(customer, $"{customer.Basics.Id}-{n}", at, shop, random);
            events.Add(order);
            events.AddRange(SimulatedPurchases.Aftermath(customer, order.Order, shop, random));
            if (n > 0 && random.NextDouble() < customer.Dropout) break;
            at = NextPurchase(customer, at, random);
        }
        return events.Where(e => e.At < shop.Until).OrderBy(e => e.At);
    }

    /// <summary>A live order at <paramref name="now"/>: mostly from known customers, one in ten from a new one.</summary>
    public SimulatedOrder Live(DateTimeOffset now, Random random)
    {
        var number = random.NextDouble() < 0.1 ? shop.Customers + random.Next(1_000_000) : random.Next(shop.Customers);
        var customer = SimulatedCustomer.Draw(shop, number);
        return SimulatedPurchases.Order(customer, $"{customer.Basics.Id}-live-{random.NextInt64():x}", now, shop, random);
    }

    /// <summary>The next purchase of a Poisson process whose rate the seasons scale (thinning).</summary>
    private DateTimeOffset NextPurchase(SimulatedCustomer customer, DateTimeOffset after, Random random)
    {
        var maxPerDay = customer.PurchasesPerWeek / 7 * customer.MaxSeason(shop);
        var at = after;
        do
        {
            var gap = Exponential.Sample(random, maxPerDay);
            if (gap >= (shop.Until - at).TotalDays) return shop.Until;
            at = at.AddDays(gap);
        }
        while (random.NextDouble() * customer.MaxSeason(shop) > customer.Season(shop, at));
        return at;
    }
}
