using System.Text.Json;

namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class TopSpendersTests(ServerFixture server)
{
    [Fact]
    public async Task The_top_tenth_by_revenue_is_compared_with_the_other_nine_tenths_trait_by_trait()
    {
        var at = AnalysisShop.DaysAgo(2);
        var vip = new[]
        {
            AnalysisShop.Order("o-vip-1", "vip", at, new Line("tea", 10, 50m)).In("north").Through("web"),
            AnalysisShop.Order("o-vip-2", "vip", AnalysisShop.DaysAgo(1), new Line("tea", 10, 30m)).In("north").Through("web"),
        };
        var others = Enumerable.Range(1, 9)
            .Select(i => AnalysisShop.Order($"o-{i}", $"c-{i}", at, new Line("tea", 1, 10m + i)).In("south").Through(i <= 3 ? "web" : "store"));
        var tenant = await server.ShopAsync("Spender Tea", [.. vip, .. others]);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var top = await owner.GetJsonAsync("/api/v1/analyses/top-spenders?share=0.1");

        Assert.Equal(800m, top.GetProperty("revenueThreshold").GetDecimal());
        Assert.Equal(1, top.GetProperty("topCustomers").GetInt64());
        Assert.Equal(9, top.GetProperty("otherCustomers").GetInt64());
        Assert.Equal(10, top.GetProperty("sampledCustomers").GetInt64());
        Assert.Equal(400m, top.GetProperty("top").GetProperty("averageOrderValue").GetDecimal());
        Assert.Equal(15m, top.GetProperty("rest").GetProperty("averageOrderValue").GetDecimal());
        Assert.Equal(2.0, top.GetProperty("top").GetProperty("purchaseDays").GetDouble());
        Assert.Equal((1.0, 0.0, (double?)null), Trait(top, "region", "north"));
        Assert.Equal((0.0, 1.0, (double?)0.0), Trait(top, "region", "south"));
        // Web: the top spender, and 3 of the 9 others: three times as common at the top.
        Assert.Equal((1.0, 0.333333, (double?)3.0), Trait(top, "channel", "web"));
        Assert.Equal((0.0, 0.666667, (double?)0.0), Trait(top, "channel", "store"));
    }

    private static (double InTop, double InRest, double? Lift) Trait(JsonElement answer, string dimension, string value)
    {
        var trait = answer.GetProperty("traits").EnumerateArray()
            .Single(t => t.GetProperty("dimension").GetString() == dimension && t.GetProperty("value").GetString() == value);
        var lift = trait.GetProperty("lift");
        return (trait.GetProperty("topShare").GetDouble(), Math.Round(trait.GetProperty("restShare").GetDouble(), 6),
            lift.ValueKind == JsonValueKind.Null ? null : Math.Round(lift.GetDouble(), 6));
    }
}
