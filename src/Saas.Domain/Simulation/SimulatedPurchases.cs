using MathNet.Numerics.Distributions;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;

namespace Saas.Domain.Simulation;

/// <summary>A simulated customer's orders, and what may follow one: a return, a complaint, a rating.</summary>
public static class SimulatedPurchases
{
    /// <summary>
    /// An order worth Gamma(p, ν) after discounts, in one to three lines of the customer's preferred category or its
    /// region's tastes. Promotion days bring discounts, deeper for customers who wait for them.
    /// </summary>
    public static SimulatedOrder Order(SimulatedCustomer customer, string id, DateTimeOffset at, ShopSimulation shop, Random random)
    {
        var paid = Math.Max(1, Gamma.Sample(random, shop.Spending.P, customer.SpendRate));
        var discountRate = ShopCatalogue.IsPromotionDay(at) ? (customer.PromotionSensitive ? 0.25 : 0.1)
            : customer.PromotionSensitive && random.NextDouble() < 0.3 ? 0.1 : 0;
        var shares = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var lines = shares.Select(share =>
        {
            var category = random.NextDouble() < 0.6 ? customer.PreferredCategory : Categorical.Sample(random, customer.Region.Tastes);
            var quantity = 1 + random.Next(3);
            var gross = paid / (1 - discountRate) * share / shares.Sum();
            var price = Math.Max(0.01m, Math.Round((decimal)(gross / quantity), 2));
            var name = ShopCatalogue.Categories[category];
            return new OrderLine($"{name.Replace(' ', '-').ToUpperInvariant()}-{1 + random.Next(12):D2}", name, quantity, price,
                Math.Round(price * quantity * (decimal)discountRate, 2), Math.Round(price * (decimal)(0.45 + random.NextDouble() * 0.15), 2));
        }).ToArray();
        return new SimulatedOrder(new Order(id, customer.Basics, at, lines.Sum(l => l.Price * l.Quantity - l.Discount), shop.Currency, lines,
            customer.Channel, customer.Region.Name), customer.Number);
    }

    /// <summary>What may follow an order: goods sent back, a complaint (resolved within days), a rating.</summary>
    public static IEnumerable<SimulatedEvent> Aftermath(SimulatedCustomer customer, Order order, ShopSimulation shop, Random random)
    {
        var product = order.Lines[0].Category;
        var complained = random.NextDouble() < shop.ComplaintRate;
        if (random.NextDouble() < shop.ReturnRate)
        {
            var line = order.Lines[random.Next(order.Lines.Count)];
            var amount = random.NextDouble() < 0.7 ? order.Total : line.Price * line.Quantity - line.Discount;
            yield return new SimulatedReturn(order.Id, customer.Basics.Id, amount,
                ShopCatalogue.ReturnReasons[random.Next(ShopCatalogue.ReturnReasons.Length)], order.PlacedAt.AddDays(2 + random.Next(12)));
        }
        if (complained)
        {
            var opened = order.PlacedAt.AddDays(1 + random.Next(6));
            var resolved = opened.AddDays(1 + random.NextDouble() * 9);
            yield return new SimulatedFeedback(new Complaint($"{order.Id}-complaint", customer.Basics.Id, opened,
                ShopCatalogue.ComplaintTypes[random.Next(ShopCatalogue.ComplaintTypes.Length)], product, customer.Region.Name,
                ShopCatalogue.Reps[random.Next(ShopCatalogue.Reps.Length)], resolved < shop.Until ? resolved : null));
        }
        if (random.NextDouble() < shop.RatingRate)
        {
            var satisfaction = complained ? customer.Satisfaction * 0.3 : customer.Satisfaction;
            var score = Math.Clamp((int)Math.Round(1 + 4 * satisfaction + Normal.Sample(random, 0, 0.5)), 1, 5);
            var nps = Math.Clamp((int)Math.Round(10 * satisfaction + Normal.Sample(random, 0, 1)), 0, 10);
            yield return new SimulatedFeedback(new Rating($"{order.Id}-rating", customer.Basics.Id, order.PlacedAt.AddDays(3 + random.Next(8)),
                score, nps, product, null));
        }
    }
}
