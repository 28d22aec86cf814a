using System.Globalization;

namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class CategorySalesTests(ServerFixture server)
{
    [Fact]
    public async Task Sales_are_split_by_month_and_region_with_orders_quantities_revenue_and_discounts()
    {
        var thisMonth = FirstOfMonth(DateTimeOffset.UtcNow);
        var lastMonth = thisMonth.AddMonths(-1);
        var tenant = await server.ShopAsync("Regional Tea",
            AnalysisShop.Order("o-1", "c-1", lastMonth.AddDays(2), new Line("tea", 2, 5m, Discount: 1m)).In("north"),
            AnalysisShop.Order("o-2", "c-2", lastMonth.AddDays(3), new Line("tea", 3, 5m)).In("north"),
            AnalysisShop.Order("o-3", "c-3", lastMonth.AddDays(4), new Line("tea", 1, 5m)).In("south"),
            AnalysisShop.Order("o-4", "c-1", thisMonth, new Line("cups", 4, 8m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var sales = await owner.GetJsonAsync($"/api/v1/analyses/categories/by-region?from={Month(lastMonth)}&to={Month(thisMonth)}");

        var rows = sales.GetProperty("rows").EnumerateArray()
            .Select(r => (Month: r.GetProperty("month").GetString(), Region: r.GetProperty("region").GetString(), Category: r.GetProperty("category").GetString(),
                Orders: r.GetProperty("orders").GetInt64(), Quantity: r.GetProperty("quantity").GetInt64(),
                Revenue: r.GetProperty("revenue").GetDecimal(), Discount: r.GetProperty("discount").GetDecimal()))
            .ToArray();
        Assert.Equal(
            [
                (Month(lastMonth), "north", "tea", 2L, 5L, 24m, 1m),
                (Month(lastMonth), "south", "tea", 1L, 1L, 5m, 0m),
                (Month(thisMonth), (string?)null, "cups", 1L, 4L, 32m, 0m),
            ],
            rows);

        var onlyLastMonth = await owner.GetJsonAsync($"/api/v1/analyses/categories/by-region?from={Month(lastMonth)}&to={Month(lastMonth)}");
        Assert.Equal(2, onlyLastMonth.GetProperty("rows").GetArrayLength());
    }

    private static DateTimeOffset FirstOfMonth(DateTimeOffset at) => new(at.Year, at.Month, 1, 12, 0, 0, TimeSpan.Zero);

    private static string Month(DateTimeOffset at) => at.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
