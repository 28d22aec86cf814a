namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class CrossSellTests(ServerFixture server)
{
    [Fact]
    public async Task Two_of_four_orders_with_tea_and_cups_give_the_support_confidence_and_lift_a_merchant_computes_by_hand()
    {
        var at = AnalysisShop.DaysAgo(3);
        var tenant = await server.ShopAsync("Basket Tea",
            AnalysisShop.Order("o-1", "c-1", at, new Line("tea", 2, 5m), new Line("cups", 1, 8m)),
            AnalysisShop.Order("o-2", "c-2", at, new Line("tea", 1, 5m), new Line("cups", 2, 8m), new Line("tea", 1, 6m)),
            AnalysisShop.Order("o-3", "c-3", at, new Line("tea", 1, 5m)),
            AnalysisShop.Order("o-4", "c-1", at, new Line("cake", 1, 3m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var crossSell = await owner.GetJsonAsync("/api/v1/analyses/cross-sell");

        // 4 orders; tea in 3, cups in 2, both in 2 (o-2's two tea lines are one basket).
        Assert.Equal(4, crossSell.GetProperty("orders").GetInt64());
        var pair = Assert.Single(crossSell.GetProperty("pairs").EnumerateArray());
        Assert.Equal("cups", pair.GetProperty("a").GetString());
        Assert.Equal("tea", pair.GetProperty("b").GetString());
        Assert.Equal(2, pair.GetProperty("orders").GetInt64());
        Assert.Equal(2.0 / 4, pair.GetProperty("support").GetDouble(), 9);
        Assert.Equal(2.0 / 2, pair.GetProperty("confidenceAToB").GetDouble(), 9);
        Assert.Equal(2.0 / 3, pair.GetProperty("confidenceBToA").GetDouble(), 9);
        Assert.Equal(2.0 * 4 / (2 * 3), pair.GetProperty("lift").GetDouble(), 9);

        var rare = await owner.GetJsonAsync("/api/v1/analyses/cross-sell?minSupport=0.6");
        Assert.Empty(rare.GetProperty("pairs").EnumerateArray());
    }
}
