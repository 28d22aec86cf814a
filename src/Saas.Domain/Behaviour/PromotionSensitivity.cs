namespace Saas.Domain.Behaviour;

/// <summary>
/// How much a customer buys on discount: the share of its orders with any discount. At least 60% is
/// PromotionDriven, at most 20% FullPrice, in between Mixed.
/// </summary>
public static class PromotionSensitivity
{
    public const string PromotionDriven = nameof(PromotionDriven);
    public const string Mixed = nameof(Mixed);
    public const string FullPrice = nameof(FullPrice);

    public const double PromotionDrivenFrom = 0.6;
    public const double FullPriceUpTo = 0.2;

    /// <returns>Discounted orders over orders; 0 with no orders.</returns>
    public static double Share(int discountedOrders, int orders)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(discountedOrders);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(discountedOrders, orders);
        return orders == 0 ? 0 : (double)discountedOrders / orders;
    }

    /// <summary>A customer with no order has no label.</summary>
    public static string Label(int discountedOrders, int orders)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orders, 1);
        return Label(Share(discountedOrders, orders));
    }

    public static string Label(double share) =>
        share >= PromotionDrivenFrom ? PromotionDriven
        : share <= FullPriceUpTo ? FullPrice
        : Mixed;
}
