using Saas.Domain.Behaviour;
using Saas.Domain.Customers;

namespace Saas.Domain.Tests.Behaviour;

public sealed class PreferredCategoriesTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Most_orders_first_then_most_revenue_then_name()
    {
        var categories = new Dictionary<string, CategoryPurchases>
        {
            ["toys"] = new(2, 500m, At),
            ["shoes"] = new(5, 100m, At),
            ["books"] = new(2, 80m, At),
            ["bags"] = new(2, 80m, At),
            ["hats"] = new(1, 9_000m, At),
        };

        Assert.Equal(["shoes", "toys", "bags"], Preferences.PreferredCategories(categories));
        Assert.Equal(["shoes", "toys", "bags", "books", "hats"], Preferences.PreferredCategories(categories, top: 10));
    }

    [Fact]
    public void No_categories_no_preference()
    {
        Assert.Empty(Preferences.PreferredCategories(new Dictionary<string, CategoryPurchases>()));
    }
}
