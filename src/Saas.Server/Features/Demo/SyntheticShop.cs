using Saas.Domain.Orders;

namespace Saas.Server.Features.Demo;

/// <summary>
/// A seeded synthetic tea shop: each customer buys at its own rate and may drop out after any purchase, so the
/// history has loyal regulars, one-off buyers and customers who have gone quiet.
/// </summary>
public sealed class SyntheticShop(int seed, int customers)
{
    private static readonly string[] Categories = ["tea", "coffee", "teaware", "gifts", "snacks"];
    private static readonly string[] Regions = ["North", "South", "East", "West"];
    private static readonly string[] Channels = ["web", "app", "store"];
    private static readonly string[] FirstNames = ["Ann", "Bo", "Chen", "Dana", "Eli", "Fang", "Gus", "Hui", "Ivy", "Jun", "Kai", "Lin", "Mia", "Ning"];
    private static readonly string[] LastNames = ["Lee", "Wang", "Smith", "Zhang", "Garcia", "Liu", "Brown", "Chen", "Novak", "Yang"];
    private static readonly string[] Cities = ["Shanghai", "Hangzhou", "Berlin", "Lyon", "Austin", "Leeds"];
    private static readonly string[] Genders = ["female", "male"];

    private readonly Random _random = new(seed);

    /// <summary>Every order placed from <paramref name="from"/> to <paramref name="until"/>, oldest first; the same each run.</summary>
    public IReadOnlyList<Order> History(DateTimeOffset from, DateTimeOffset until)
    {
        var orders = new List<Order>();
        for (var c = 0; c < customers; c++)
        {
            var ordersPerYear = 0.5 + _random.NextDouble() * _random.NextDouble() * 24;
            var dropout = 0.05 + _random.NextDouble() * 0.4;
            var at = from + TimeSpan.FromDays(_random.NextDouble() * (until - from).TotalDays);
            for (var n = 0; at < until; n++)
            {
                orders.Add(Place($"demo-{c}-{n}", c, at));
                if (_random.NextDouble() < dropout) break;
                at += TimeSpan.FromDays(-Math.Log(1 - _random.NextDouble()) * 365 / ordersPerYear);
            }
        }
        return [.. orders.OrderBy(o => o.PlacedAt)];
    }

    /// <summary>A live order now, mostly from known customers, sometimes from a new one.</summary>
    public Order Next(DateTimeOffset now)
    {
        var customer = _random.NextDouble() < 0.1 ? customers + _random.Next(1_000_000) : _random.Next(customers);
        return Place($"live-{Guid.NewGuid():N}", customer, now);
    }

    private Order Place(string id, int customer, DateTimeOffset at)
    {
        // A third of the orders use a promotion; goods cost a little over half their price.
        var promotion = _random.NextDouble() < 0.33;
        var lines = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ =>
        {
            var category = Categories[_random.Next(Categories.Length)];
            var price = Math.Round(5m + (decimal)(_random.NextDouble() * 45), 2);
            var quantity = 1 + _random.Next(3);
            return new OrderLine($"{category.ToUpperInvariant()}-{_random.Next(1, 20):D2}", category, quantity, price,
                promotion ? Math.Round(price * quantity * 0.15m, 2) : 0m, Math.Round(price * 0.55m, 2));
        }).ToArray();
        var name = $"{FirstNames[customer % FirstNames.Length]} {LastNames[customer / FirstNames.Length % LastNames.Length]}";
        var basics = new CustomerBasics($"c-{customer}", $"customer{customer}@example.com", name,
            Gender: Genders[customer % Genders.Length], BirthYear: 1960 + customer * 7 % 45, City: Cities[customer % Cities.Length]);
        return new Order(id, basics, at, lines.Sum(l => l.Price * l.Quantity - l.Discount), "EUR", lines,
            Channels[customer % Channels.Length], Regions[customer % Regions.Length]);
    }
}
