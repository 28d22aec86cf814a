namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class AnalysesIsolationTests(ServerFixture server)
{
    public static readonly TheoryData<string> Analyses =
    [
        "/api/v1/analyses/rfm/grid",
        "/api/v1/analyses/abc/pareto",
        "/api/v1/analyses/cohorts",
        "/api/v1/analyses/categories/by-region",
        "/api/v1/analyses/cross-sell",
        "/api/v1/analyses/profitability",
        "/api/v1/analyses/profitability/summary",
        "/api/v1/analyses/top-spenders",
        $"/api/v1/analyses/segments/movement?from={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}",
    ];

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task Another_tenants_orders_never_appear_in_a_tenants_analyses(string analysis)
    {
        var at = AnalysisShop.DaysAgo(1);
        var other = await server.ShopAsync("Other Tea",
            AnalysisShop.Order("o-1", "c-1", at, new Line("samovar", 1, 900m), new Line("caviar", 1, 100m)).In("elsewhere"),
            AnalysisShop.Order("o-2", "c-1", at, new Line("samovar", 1, 900m), new Line("caviar", 1, 100m)).In("elsewhere"));
        var mine = await server.ShopAsync("My Tea",
            AnalysisShop.Order("o-1", "c-1", at, new Line("tea", 1, 5m), new Line("cups", 1, 5m)).In("here"));
        using var owner = await BrowserSession.SignInAsync(server, mine);

        using var response = await owner.SendAsync(HttpMethod.Get, analysis);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        Assert.DoesNotContain(new[] { other.Id, "samovar", "caviar", "elsewhere", "900", "1900", "2000" }, body.Contains);
    }
}
