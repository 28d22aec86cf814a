namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class CohortTests(ServerFixture server)
{
    [Fact]
    public async Task A_cohort_counts_its_customers_once_in_each_month_they_come_back()
    {
        var thisMonth = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 1, 12, 0, 0, TimeSpan.Zero);
        var january = thisMonth.AddMonths(-3);
        var march = thisMonth.AddMonths(-1);
        var tenant = await server.ShopAsync("Cohort Tea",
            AnalysisShop.Order("o-1", "ann", january.AddDays(3), new Line("tea", 1, 10m)),
            AnalysisShop.Order("o-2", "bob", january.AddDays(9), new Line("tea", 1, 10m)),
            AnalysisShop.Order("o-3", "ann", march.AddDays(2), new Line("tea", 1, 10m)),
            AnalysisShop.Order("o-4", "ann", march.AddDays(5), new Line("tea", 1, 10m)),
            AnalysisShop.Order("o-5", "cat", march.AddDays(6), new Line("tea", 1, 10m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var cohorts = (await owner.GetJsonAsync("/api/v1/analyses/cohorts?months=4")).GetProperty("cohorts").EnumerateArray().ToArray();

        Assert.Equal(4, cohorts.Length);
        // "January" (three months ago): Ann and Bob; Ann came back in "March" (twice, counted once).
        Assert.Equal(DateOnly.FromDateTime(january.UtcDateTime).AddDays(-january.Day + 1).ToString("yyyy-MM-dd"), cohorts[0].GetProperty("month").GetString());
        Assert.Equal(2, cohorts[0].GetProperty("customers").GetInt64());
        Assert.Equal([2L, 0L, 1L, 0L], cohorts[0].GetProperty("active").EnumerateArray().Select(a => a.GetInt64()));
        Assert.Equal([1.0, 0.0, 0.5, 0.0], cohorts[0].GetProperty("retention").EnumerateArray().Select(a => a.GetDouble()));
        Assert.Equal(0, cohorts[1].GetProperty("customers").GetInt64());
        // "March": Cat, new that month.
        Assert.Equal(1, cohorts[2].GetProperty("customers").GetInt64());
        Assert.Equal([1L, 0L], cohorts[2].GetProperty("active").EnumerateArray().Select(a => a.GetInt64()));
        Assert.Equal([0L], cohorts[3].GetProperty("active").EnumerateArray().Select(a => a.GetInt64()));
    }
}
