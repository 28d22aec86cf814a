using Saas.Domain.Clv;
using Saas.Domain.Feedback;
using Saas.Domain.Simulation;

namespace Saas.Domain.Tests.Simulation;

public sealed class ShopSimulatorTests
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_seasons_the_history_is_the_bg_nbd_and_gamma_gamma_story_the_fits_recover()
    {
        var shop = new ShopSimulation(30_000, From, Until, Seed: 11) { Seasonal = false, PromotionSensitiveShare = 0 };
        var asOf = DateOnly.FromDateTime(Until.UtcDateTime);
        var summaries = new ShopSimulator(shop).History().OfType<SimulatedOrder>()
            .GroupBy(o => o.Order.Customer.Id)
            .Select(c => PurchaseSummaries.Summarize(
                c.Select(o => new CustomerPurchase(DateOnly.FromDateTime(o.At.UtcDateTime), o.Order.Total)), asOf, PeriodUnit.Weeks))
            .ToArray();

        var buying = BgNbd.Fit([.. summaries.Select(s => s.Repeat)]).Parameters;
        var spending = GammaGamma.Fit([.. summaries.Select(s => s.Spend)]).Parameters;

        Assert.Equal(30_000, summaries.Length);
        AssertWithin(0.15, shop.Buying.R, buying.R);
        AssertWithin(0.15, shop.Buying.Alpha, buying.Alpha);
        AssertWithin(0.2, shop.Buying.A, buying.A);
        AssertWithin(0.2, shop.Buying.B, buying.B);
        // Gamma-Gamma's mean spend p·v/(q - 1) is what it identifies best.
        AssertWithin(0.05, shop.Spending.P * shop.Spending.V / (shop.Spending.Q - 1), spending.P * spending.V / (spending.Q - 1));
    }

    [Fact]
    public void Year_end_months_and_festival_days_are_busier_and_festival_orders_carry_discounts()
    {
        var orders = new ShopSimulator(new ShopSimulation(20_000, From, Until, Seed: 5)).History().OfType<SimulatedOrder>().Select(o => o.Order).ToArray();
        double PerDay(Func<DateTime, bool> days) =>
            (double)orders.Count(o => days(o.PlacedAt.UtcDateTime)) / Enumerable.Range(0, 731).Select(d => From.UtcDateTime.AddDays(d)).Count(days);

        var yearEnd = PerDay(d => d.Month >= 11 && !ShopCatalogue.IsPromotionDay(d));
        var summer = PerDay(d => d.Month is 7 or 8);
        var festivals = PerDay(d => ShopCatalogue.IsPromotionDay(d));
        var ordinary = PerDay(d => !ShopCatalogue.IsPromotionDay(d));

        Assert.True(yearEnd > 1.3 * summer, $"November-December {yearEnd:F1} orders a day, July-August {summer:F1}");
        Assert.True(festivals > 2.5 * ordinary, $"festival days {festivals:F1} orders a day, other days {ordinary:F1}");
        var festivalOrders = orders.Where(o => ShopCatalogue.IsPromotionDay(o.PlacedAt)).ToArray();
        Assert.All(festivalOrders, o => Assert.True(o.Lines.Sum(l => l.Discount) > 0));
    }

    [Fact]
    public void Each_region_buys_most_of_the_category_it_favours()
    {
        var orders = new ShopSimulator(new ShopSimulation(5_000, From, Until, Seed: 3)).History().OfType<SimulatedOrder>().Select(o => o.Order);

        var favourites = orders.SelectMany(o => o.Lines.Select(l => (o.Region, l.Category)))
            .GroupBy(x => x.Region)
            .ToDictionary(r => r.Key!, r => r.GroupBy(x => x.Category).MaxBy(c => c.Count())!.Key);

        Assert.Equal("green tea", favourites["East"]);
        Assert.Equal("oolong", favourites["South"]);
        Assert.Equal("jasmine", favourites["North"]);
        Assert.Equal("pu-erh", favourites["West"]);
    }

    [Fact]
    public void Returns_complaints_and_ratings_follow_orders_and_complaints_lower_the_ratings()
    {
        var events = new ShopSimulator(new ShopSimulation(10_000, From, Until, Seed: 8)).History().ToArray();
        var orders = events.OfType<SimulatedOrder>().ToDictionary(o => o.Order.Id, o => o.Order);
        var returns = events.OfType<SimulatedReturn>().ToArray();
        var feedback = events.OfType<SimulatedFeedback>().Select(f => f.Feedback).ToArray();
        var complaints = feedback.OfType<Complaint>().ToArray();
        var ratings = feedback.OfType<Rating>().ToArray();

        Assert.InRange((double)returns.Length / orders.Count, 0.03, 0.05);
        Assert.All(returns, r => Assert.True(r.At > orders[r.OrderId].PlacedAt && r.Amount > 0 && r.Amount <= orders[r.OrderId].Total));
        Assert.InRange((double)complaints.Length / orders.Count, 0.02, 0.04);
        Assert.All(complaints, c => Assert.True(c.ResolvedAt is null || c.ResolvedAt > c.OccurredAt));
        Assert.All(ratings, r => Assert.InRange(r.Score!.Value, 1, 5));
        var complainedOrders = complaints.Select(c => c.Id.Replace("-complaint", "")).ToHashSet();
        var afterComplaint = ratings.Where(r => complainedOrders.Contains(r.Id.Replace("-rating", ""))).Average(r => r.Score!.Value);
        var otherwise = ratings.Where(r => !complainedOrders.Contains(r.Id.Replace("-rating", ""))).Average(r => r.Score!.Value);
        Assert.True(afterComplaint < otherwise - 1, $"{afterComplaint:F2} after a complaint, {otherwise:F2} otherwise");
    }

    [Fact]
    public void The_same_seed_gives_the_same_shop_and_live_orders_come_from_the_same_customers()
    {
        var shop = new ShopSimulation(200, From, Until, Seed: 21);
        var first = new ShopSimulator(shop).History().ToArray();
        var again = new ShopSimulator(shop).History().ToArray();
        var other = new ShopSimulator(shop with { Seed = 22 }).History().ToArray();

        Assert.Equal(first.Select(Describe), again.Select(Describe));
        Assert.NotEqual(first.Select(Describe), other.Select(Describe));
        var live = new ShopSimulator(shop).Live(Until, new Random(1)).Order;
        var known = first.OfType<SimulatedOrder>().Select(o => o.Order.Customer).Where(c => c.Id == live.Customer.Id).ToArray();
        Assert.All(known, c => Assert.Equal(c, live.Customer));
    }

    private static string Describe(SimulatedEvent e) => e switch
    {
        SimulatedOrder o => $"{o.At:O} {o.Order.Id} {o.Order.Total}",
        _ => $"{e.At:O} {e.GetType().Name}",
    };

    private static void AssertWithin(double tolerance, double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * expected, $"expected {expected} within {tolerance:P0}, got {actual}");
}
