using static Saas.Server.Tests.CustomSegments.CustomSegmentsApi;

namespace Saas.Server.Tests.CustomSegments;

[Collection(ServerCollection.Name)]
public sealed class RulePreviewTests(ServerFixture server)
{
    [Fact]
    public async Task The_preview_counts_the_customers_a_rule_takes_and_shows_the_biggest_first()
    {
        var tenant = await server.CreateTenantAsync("Preview Tea");
        var now = DateTimeOffset.UtcNow;
        await server.SubmitAsync(tenant, ShopApi.Batch(
            Order("o-p-1", "c-hz-tea", now.AddDays(-5), total: 120m, city: "Hangzhou"),
            Order("o-p-2", "c-sh-tea", now.AddDays(-40), total: 80m, city: "Shanghai"),
            Order("o-p-3", "c-sh-cups", now.AddDays(-5), total: 200m, category: "cups", city: "shanghai"),
            Order("o-p-4", "c-nowhere", now.AddDays(-5), total: 30m)));
        await server.CustomersReachingAsync(tenant, 4);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var shanghai = await owner.PreviewAsync(Compare("city", "eq", "SHANGHAI"));
        Assert.Equal(2, shanghai.GetProperty("count").GetInt64());
        Assert.Equal(["c-sh-cups", "c-sh-tea"], shanghai.GetProperty("sample").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()));
        // A customer with no city is not "eq", not "ne" either; "not eq" takes it.
        Assert.Equal(1, (await owner.PreviewAsync(Compare("city", "ne", "Shanghai"))).GetProperty("count").GetInt64());
        Assert.Equal(2, (await owner.PreviewAsync(Not(Compare("city", "eq", "Shanghai")))).GetProperty("count").GetInt64());
        Assert.Equal(1, (await owner.PreviewAsync(All(Bought("tea", 30), Compare("revenue", "ge", 100)))).GetProperty("count").GetInt64());
        Assert.Equal(3, (await owner.PreviewAsync(Any(Bought("cups", 30), Compare("recencyDays", "lt", 10)))).GetProperty("count").GetInt64());
        var nobody = await owner.PreviewAsync(new { type = "in", field = "region", values = new[] { "North" } });
        Assert.Equal(0, nobody.GetProperty("count").GetInt64());
        Assert.Empty(nobody.GetProperty("sample").EnumerateArray());
    }

    [Fact]
    public async Task The_grains_and_the_preview_agree_on_who_is_in_each_segment()
    {
        var tenant = await server.CreateTenantAsync("Agreeing Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        object[] rules =
        [
            Compare("recencyDays", "gt", 20),
            Compare("tenureDays", "ge", 50),
            new { type = "between", field = "orders", min = 2, max = 3 },
            Compare("purchaseDays", "eq", 1),
            Compare("averageOrderValue", "lt", 70),
            Compare("r", "ge", 5),
            Compare("m", "le", 2),
            new { type = "in", field = "segment", values = new[] { "PotentialLoyalist", "Lost" } },
            Not(Compare("abcClass", "eq", "A")),
            Compare("churnRisk", "lt", 0.5),
            Compare("loyalty", "gt", 53),
            new { type = "in", field = "lifecycleStage", values = new[] { "New" } },
            Compare("buyerType", "eq", "Recurring"),
            Compare("promotionShare", "eq", 0),
            Compare("purchasingPower", "ne", "Low"),
            Not(new { type = "in", field = "city", values = new[] { "hangzhou", "Ningbo" } }),
            All(Bought("Tea", 45), Not(Bought("cups", 10))),
            Not(Compare("averageRating", "ge", 3)),
        ];
        var segments = new List<long>();
        for (var i = 0; i < rules.Length; i++) segments.Add(Id(await owner.CreateSegmentAsync($"Rule {i}", rules[i])));
        var now = DateTimeOffset.UtcNow;
        await server.SubmitAsync(tenant, ShopApi.Batch(
            Order("o-a-1", "c-1", now.AddDays(-90), total: 40m, city: "Hangzhou"),
            Order("o-a-2", "c-1", now.AddDays(-30), total: 90m, category: "cups", city: "Hangzhou"),
            Order("o-a-3", "c-2", now.AddDays(-3), total: 250m, city: "Ningbo"),
            Order("o-a-4", "c-3", now.AddDays(-60), total: 25m),
            Order("o-a-5", "c-3", now.AddDays(-33), total: 25m),
            Order("o-a-6", "c-3", now.AddDays(-8), total: 25m, category: "cups"),
            Order("o-a-7", "c-4", now.AddDays(-1), total: 65m, city: "Shanghai")));
        await server.CustomersReachingAsync(tenant, 4);
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT sum(orders) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 7, "every order applied");

        var disagreements = new List<string>();
        for (var i = 0; i < rules.Length; i++)
        {
            var preview = await owner.PreviewAsync(rules[i]);
            var previewed = preview.GetProperty("sample").EnumerateArray().Select(c => c.GetProperty("customerId").GetString()!).Order(StringComparer.Ordinal);
            var members = await owner.MemberIdsAsync(segments[i]);
            if (!members.SequenceEqual(previewed)) disagreements.Add($"rule {i}: grains [{string.Join(", ", members)}], preview [{string.Join(", ", previewed)}]");
            Assert.Equal(await server.CountsAsync(segments[i]), (members.Count, members.Count));
        }
        Assert.Empty(disagreements);
    }
}
