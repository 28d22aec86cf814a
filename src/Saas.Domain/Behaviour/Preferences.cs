using Saas.Domain.Customers;

namespace Saas.Domain.Behaviour;

public static class Preferences
{
    /// <returns>
    /// The <paramref name="top"/> categories the customer bought in most orders, then for most revenue, then by
    /// name (ordinal), so the answer never depends on the dictionary's order.
    /// </returns>
    public static IReadOnlyList<string> PreferredCategories(IReadOnlyDictionary<string, CategoryPurchases> categories, int top = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        return
        [
            .. categories
                .OrderByDescending(c => c.Value.Orders)
                .ThenByDescending(c => c.Value.Revenue)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(top)
                .Select(c => c.Key),
        ];
    }
}
