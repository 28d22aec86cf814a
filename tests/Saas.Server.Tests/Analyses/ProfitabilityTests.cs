namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class ProfitabilityTests(ServerFixture server)
{
    [Fact]
    public async Task Profit_is_what_customers_paid_less_cost_of_goods_and_the_loss_makers_come_first()
    {
        var at = AnalysisShop.DaysAgo(2);
        var tenant = await server.ShopAsync("Margin Tea",
            // 2 × 30 − 6 discount = 54 paid; cost 2 × 12 = 24; profit 54 − 24 = 30 (the discount is already out of the 54).
            AnalysisShop.Order("o-1", "ann", at, new Line("tea", 2, 30m, Discount: 6m, UnitCost: 12m)),
            // 100 paid for a kettle that cost 110, and a second order of 20 − 20 = 0 paid: profit 100 − 110 = −10.
            AnalysisShop.Order("o-2", "bob", at, new Line("kettle", 1, 100m, UnitCost: 110m)),
            AnalysisShop.Order("o-3", "bob", at, new Line("tea", 1, 20m, Discount: 20m)),
            // No unit cost reported: profit = revenue.
            AnalysisShop.Order("o-4", "cat", at, new Line("cups", 5, 8m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var page = await owner.GetJsonAsync("/api/v1/analyses/profitability?limit=2");

        var items = page.GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("customerId").GetString(), i.GetProperty("revenue").GetDecimal(), i.GetProperty("costOfGoods").GetDecimal(),
                i.GetProperty("discounts").GetDecimal(), i.GetProperty("profit").GetDecimal(), i.GetProperty("ordersWithCost").GetInt32()));
        Assert.Equal([("bob", 100m, 110m, 20m, -10m, 1), ("ann", 54m, 24m, 6m, 30m, 1)], items);
        Assert.Contains(page.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Refunds", StringComparison.Ordinal));

        var best = await owner.GetJsonAsync("/api/v1/analyses/profitability?order=desc&limit=1");
        Assert.Equal("cat", Assert.Single(best.GetProperty("items").EnumerateArray()).GetProperty("customerId").GetString());
        var second = await owner.GetJsonAsync("/api/v1/analyses/profitability?order=desc&limit=1&offset=1");
        Assert.Equal("ann", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("customerId").GetString());

        var summary = await owner.GetJsonAsync("/api/v1/analyses/profitability/summary");
        Assert.Equal(3, summary.GetProperty("customers").GetInt64());
        Assert.Equal(4, summary.GetProperty("orders").GetInt64());
        Assert.Equal(194m, summary.GetProperty("revenue").GetDecimal());
        Assert.Equal(134m, summary.GetProperty("costOfGoods").GetDecimal());
        Assert.Equal(26m, summary.GetProperty("discounts").GetDecimal());
        Assert.Equal(0m, summary.GetProperty("refunds").GetDecimal());
        Assert.Equal(60m, summary.GetProperty("profit").GetDecimal());
        Assert.Equal(1, summary.GetProperty("unprofitableCustomers").GetInt64());
        Assert.Equal(2, summary.GetProperty("ordersWithCost").GetInt64());
    }
}
