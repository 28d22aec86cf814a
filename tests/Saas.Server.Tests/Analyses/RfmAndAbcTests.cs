using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class RfmAndAbcTests(ServerFixture server)
{
    [Fact]
    public async Task Customers_of_100_50_and_10_make_two_A_customers_with_150_of_160_and_one_B()
    {
        using var owner = await BrowserSession.SignInAsync(server, await ParetoShopAsync("Pareto Tea"));

        var pareto = await owner.GetJsonAsync("/api/v1/analyses/abc/pareto");

        Assert.Equal(3, pareto.GetProperty("customers").GetInt64());
        Assert.Equal(160m, pareto.GetProperty("revenue").GetDecimal());
        // 80% of 160 is 128: 100 alone is short of it, 100 + 50 reaches it; 95% (152) needs the 10 too.
        Assert.Equal([("A", 2L, 150.0 / 160), ("B", 1L, 10.0 / 160), ("C", 0L, 0.0)], Classes(pareto));
        var curve = pareto.GetProperty("curve").EnumerateArray()
            .Select(p => (Math.Round(p.GetProperty("customerShare").GetDouble(), 4), p.GetProperty("revenueShare").GetDouble(), p.GetProperty("class").GetString()));
        Assert.Equal([(0.3333, 100.0 / 160, "A"), (0.6667, 150.0 / 160, "A"), (1.0, 1.0, "B")], curve);
    }

    [Fact]
    public async Task The_owners_class_shares_draw_the_classes()
    {
        var tenant = await ParetoShopAsync("Shares Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var settings = JsonNode.Parse((await owner.GetJsonAsync("/api/v1/settings/analysis")).GetProperty("settings").GetRawText())!.AsObject();
        settings["abc"] = new JsonObject { ["a"] = 0.5, ["b"] = 0.3 };
        using (var saved = await owner.SendAsync(HttpMethod.Put, "/api/v1/settings/analysis", settings))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var pareto = await owner.GetJsonAsync("/api/v1/analyses/abc/pareto");

        Assert.Equal((0.5, 0.3), (pareto.GetProperty("aShare").GetDouble(), pareto.GetProperty("bShare").GetDouble()));
        // 50% of 160 is 80: the 100 alone; 80% (128) takes the 50 as B; the 10 is C.
        Assert.Equal([("A", 1L, 100.0 / 160), ("B", 1L, 50.0 / 160), ("C", 1L, 10.0 / 160)], Classes(pareto));
    }

    [Fact]
    public async Task The_grid_counts_each_customer_in_its_scores_cell_with_its_revenue_and_segment()
    {
        var tenant = await server.ShopAsync("Grid Tea",
            AnalysisShop.Order("o-1", "ann", AnalysisShop.DaysAgo(1), new Line("tea", 1, 30m)),
            AnalysisShop.Order("o-2", "bob", AnalysisShop.DaysAgo(1), new Line("tea", 1, 50m)),
            AnalysisShop.Order("o-3", "cat", AnalysisShop.DaysAgo(1), new Line("tea", 20, 100m)),
            AnalysisShop.Order("o-4", "cat", AnalysisShop.DaysAgo(1), new Line("tea", 20, 100m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var expected = await CellsOfCustomersAsync(tenant);

        var grid = await owner.GetJsonAsync("/api/v1/analyses/rfm/grid");

        Assert.Equal(3, grid.GetProperty("customers").GetInt64());
        var cells = grid.GetProperty("cells").EnumerateArray()
            .Select(c => (c.GetProperty("r").GetInt32(), c.GetProperty("f").GetInt32(), c.GetProperty("customers").GetInt64(),
                c.GetProperty("averageMonetary").GetDecimal(), c.GetProperty("segment").GetString()!))
            .OrderBy(c => c.Item1).ThenBy(c => c.Item2);
        Assert.Equal(expected, cells);
    }

    /// <summary>Three customers with revenue 100 (two orders), 50 and 10.</summary>
    private Task<TestTenant> ParetoShopAsync(string name) => server.ShopAsync(name,
        AnalysisShop.Order("o-1", "big", AnalysisShop.DaysAgo(2), new Line("tea", 1, 60m)),
        AnalysisShop.Order("o-2", "big", AnalysisShop.DaysAgo(1), new Line("tea", 1, 40m)),
        AnalysisShop.Order("o-3", "mid", AnalysisShop.DaysAgo(1), new Line("tea", 1, 50m)),
        AnalysisShop.Order("o-4", "small", AnalysisShop.DaysAgo(1), new Line("tea", 1, 10m)));

    private static IEnumerable<(string?, long, double)> Classes(JsonElement pareto) => pareto.GetProperty("classes").EnumerateArray()
        .Select(c => (c.GetProperty("class").GetString(), c.GetProperty("customers").GetInt64(), c.GetProperty("revenueShare").GetDouble()));

    /// <summary>The grid as a merchant would compute it from the customers list.</summary>
    private async Task<List<(int, int, long, decimal, string)>> CellsOfCustomersAsync(TestTenant tenant)
    {
        await using var cmd = server.Db.CreateCommand("""
            SELECT r, f, count(*), round(avg(revenue), 2), mode() WITHIN GROUP (ORDER BY segment)
            FROM customers WHERE tenant_id = $1 GROUP BY r, f ORDER BY r, f
            """);
        cmd.Parameters.AddWithValue(tenant.Id);
        var cells = new List<(int, int, long, decimal, string)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cells.Add((reader.GetInt16(0), reader.GetInt16(1), reader.GetInt64(2), reader.GetDecimal(3), reader.GetString(4)));
        }
        return cells;
    }
}
