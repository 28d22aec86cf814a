using System.Net;
using System.Text.Json;

namespace Saas.Server.Tests.Feedback;

[Collection(ServerCollection.Name)]
public sealed class AttentionAnalysesTests(ServerFixture server)
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Complaints_resolved_after_2_and_6_hours_average_and_median_4_hours_with_one_open_counted_by_each_dimension()
    {
        var tenant = await server.CreateTenantAsync("Complaining Tea");
        await server.SubmitFeedbackAsync(tenant,
            FeedbackApi.Complaint("cp-1", "c-1", "delivery", March10, March10.AddHours(2), product: "TEA-01", region: "north", rep: "ann"),
            FeedbackApi.Complaint("cp-2", "c-2", "delivery", March10.AddDays(10), March10.AddDays(10).AddHours(6), product: "MUG-01", region: "south", rep: "bob"),
            FeedbackApi.Complaint("cp-3", "c-1", "quality", March10.AddDays(23), product: "TEA-01", region: "north"));
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var report = await Eventually.UntilAsync(() => owner.GetJsonAsync("/api/v1/analyses/complaints"),
            r => r.GetProperty("total").GetProperty("complaints").GetInt32() == 3, "three complaints");

        Assert.Equal("3 open 1 avg 4 median 4", Count(report.GetProperty("total")));
        Assert.Equal(["delivery: 2 open 0 avg 4 median 4", "quality: 1 open 1 avg - median -"], Counts(report, "byType"));
        Assert.Equal(["TEA-01: 2 open 1 avg 2 median 2", "MUG-01: 1 open 0 avg 6 median 6"], Counts(report, "byProduct"));
        Assert.Equal(["north: 2 open 1 avg 2 median 2", "south: 1 open 0 avg 6 median 6"], Counts(report, "byRegion"));
        Assert.Equal(["-: 1 open 1 avg - median -", "ann: 1 open 0 avg 2 median 2", "bob: 1 open 0 avg 6 median 6"], Counts(report, "byRep"));
        Assert.Equal(["2026-03: 2 open 0 avg 4 median 4", "2026-04: 1 open 1 avg - median -"], Counts(report, "monthly"));

        var march20Only = await owner.GetJsonAsync("/api/v1/analyses/complaints?from=2026-03-15&to=2026-04-01T00:00:00Z");
        Assert.Equal("1 open 0 avg 6 median 6", Count(march20Only.GetProperty("total")));
    }

    [Fact]
    public async Task A_customer_contacted_5_times_in_a_week_is_over_contacted_and_the_frequencies_are_counted()
    {
        var tenant = await server.CreateTenantAsync("Contacting Tea");
        var now = DateTimeOffset.UtcNow;
        await server.SubmitFeedbackAsync(tenant,
        [
            .. Enumerable.Range(1, 5).Select(d => FeedbackApi.Contact($"often-{d}", "c-often", d <= 3 ? "phone" : "email", now.AddDays(-d), by: "ann")),
            .. Enumerable.Range(1, 2).Select(d => FeedbackApi.Contact($"twice-{d}", "c-twice", "email", now.AddDays(-d))),
            .. Enumerable.Range(1, 6).Select(d => FeedbackApi.Contact($"long-ago-{d}", "c-long-ago", "sms", now.AddDays(-60 - d))),
        ]);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var lastMonth = await Eventually.UntilAsync(() => owner.GetJsonAsync("/api/v1/analyses/contacts/over-contacted?days=30&threshold=4"),
            r => r.GetProperty("distribution").GetArrayLength() == 2, "contacts of the last 30 days");

        Assert.Equal(1, lastMonth.GetProperty("total").GetInt32());
        var often = Assert.Single(lastMonth.GetProperty("customers").EnumerateArray());
        Assert.Equal(("c-often", 5), (often.GetProperty("customerId").GetString(), often.GetProperty("contacts").GetInt32()));
        Assert.Equal(["phone 3", "email 2"], often.GetProperty("byChannel").EnumerateArray()
            .Select(c => $"{c.GetProperty("channel").GetString()} {c.GetProperty("contacts").GetInt32()}"));
        Assert.Equal(["2 contacts: 1", "5 contacts: 1"], Frequencies(lastMonth));

        var lastQuarter = await owner.GetJsonAsync("/api/v1/analyses/contacts/over-contacted?days=90&threshold=4&limit=1&offset=1");
        Assert.Equal(2, lastQuarter.GetProperty("total").GetInt32());
        Assert.Equal("c-often", Assert.Single(lastQuarter.GetProperty("customers").EnumerateArray()).GetProperty("customerId").GetString());
        Assert.Equal(["2 contacts: 1", "5 contacts: 1", "6 contacts: 1"], Frequencies(lastQuarter));
    }

    [Fact]
    public async Task Per_product_the_top_and_bottom_fifth_by_rating_are_compared_on_complaints_contacts_orders_and_products()
    {
        var tenant = await server.CreateTenantAsync("Satisfying Tea");
        await server.SubmitAsync(tenant, ShopApi.Order("o-1", "s-1", total: 60m).ToJsonString());
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 1, "s-1's order");
        await server.SubmitFeedbackAsync(tenant,
        [
            .. Enumerable.Range(1, 5).Select(i => FeedbackApi.Rating($"r-{i}", $"s-{i}", score: 6 - i, product: "TEA-01")),
            FeedbackApi.Rating("r-mug", "s-1", score: 4, product: "MUG-01"),
            FeedbackApi.Contact("ct-1", "s-1", "phone"),
            FeedbackApi.Complaint("cp-1", "s-5", "quality", product: "TEA-01"),
            FeedbackApi.Complaint("cp-2", "s-5", "delivery", product: "TEA-01"),
        ]);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var report = await Eventually.UntilAsync(() => owner.GetJsonAsync("/api/v1/analyses/satisfaction?by=product"),
            r => r.GetProperty("groups").GetArrayLength() == 1 && Side(r.GetProperty("groups")[0], "leastSatisfied").ComplaintsPerCustomer == 2,
            "the ratings and complaints of TEA-01");

        var tea = report.GetProperty("groups")[0];
        Assert.Equal(("product", "TEA-01", 5, 3.0), (report.GetProperty("by").GetString(), tea.GetProperty("key").GetString(),
            tea.GetProperty("customers").GetInt32(), tea.GetProperty("averageRating").GetDouble()));
        Assert.Equal(new SideFigures(1, 5, 0, 1, 1, 60m), Side(tea, "mostSatisfied"));
        Assert.Equal(new SideFigures(1, 1, 2, 0, 0, 0m), Side(tea, "leastSatisfied"));
        var contrast = tea.GetProperty("contrasts")[0];
        Assert.Equal(("product", "MUG-01", 1.0, 0.0), (contrast.GetProperty("trait").GetString(), contrast.GetProperty("value").GetString(),
            contrast.GetProperty("mostSatisfiedShare").GetDouble(), contrast.GetProperty("leastSatisfiedShare").GetDouble()));
    }

    [Fact]
    public async Task Per_region_each_region_of_two_or_more_rated_customers_has_its_own_top_and_bottom()
    {
        var tenant = await server.CreateTenantAsync("Regional Tea");
        var regions = new[] { ("n-1", "north", 5), ("n-2", "north", 3), ("n-3", "north", 1), ("s-1", "south", 4), ("s-2", "south", 2), ("w-1", "west", 5) };
        await server.SubmitAsync(tenant, ShopApi.Batch([.. regions.Select(r => WithRegion(ShopApi.Order($"o-{r.Item1}", r.Item1), r.Item2))]));
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id), n => n == 6, "the orders");
        await server.SubmitFeedbackAsync(tenant, [.. regions.Select(r => FeedbackApi.Rating($"r-{r.Item1}", r.Item1, score: r.Item3))]);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        var report = await Eventually.UntilAsync(() => owner.GetJsonAsync("/api/v1/analyses/satisfaction?by=region"),
            r => r.GetProperty("groups").GetArrayLength() == 2, "the ratings of two regions");

        Assert.Equal(["north: 3 at 3, most 5, least 1", "south: 2 at 3, most 4, least 2"], report.GetProperty("groups").EnumerateArray().Select(g =>
            $"{g.GetProperty("key").GetString()}: {g.GetProperty("customers").GetInt32()} at {g.GetProperty("averageRating").GetDouble()}, " +
            $"most {Side(g, "mostSatisfied").AverageRating}, least {Side(g, "leastSatisfied").AverageRating}"));
    }

    [Theory]
    [InlineData("/api/v1/analyses/satisfaction?by=colour", "by")]
    [InlineData("/api/v1/analyses/satisfaction?limit=0", "limit")]
    [InlineData("/api/v1/analyses/complaints?from=yesterday", "from")]
    [InlineData("/api/v1/analyses/complaints?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/v1/analyses/contacts/over-contacted?days=abc", "days")]
    [InlineData("/api/v1/analyses/contacts/over-contacted?days=0", "days")]
    [InlineData("/api/v1/analyses/contacts/over-contacted?threshold=0", "threshold")]
    [InlineData("/api/v1/analyses/contacts/over-contacted?limit=501", "limit")]
    [InlineData("/api/v1/analyses/contacts/over-contacted?offset=-1", "offset")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var tenant = await server.CreateTenantAsync("Curious Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var response = await owner.Http.GetAsync(path);

        Assert.Equal([parameter], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task The_analyses_need_a_signed_in_member()
    {
        using var anonymous = server.CreateDefaultClient();

        using var response = await anonymous.GetAsync("/api/v1/analyses/complaints");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonObject WithRegion(System.Text.Json.Nodes.JsonObject order, string region)
    {
        order["region"] = region;
        return order;
    }

    private static string Count(JsonElement count) =>
        $"{count.GetProperty("complaints").GetInt32()} open {count.GetProperty("open").GetInt32()} " +
        $"avg {Hours(count.GetProperty("averageResolutionHours"))} median {Hours(count.GetProperty("medianResolutionHours"))}";

    private static IEnumerable<string> Counts(JsonElement report, string dimension) =>
        report.GetProperty(dimension).EnumerateArray().Select(c => $"{c.GetProperty("value").GetString() ?? "-"}: {Count(c)}");

    private static string Hours(JsonElement hours) => hours.ValueKind == JsonValueKind.Null ? "-" : $"{hours.GetDouble():0.##}";

    private static IEnumerable<string> Frequencies(JsonElement report) => report.GetProperty("distribution").EnumerateArray()
        .Select(f => $"{f.GetProperty("contacts").GetInt32()} contacts: {f.GetProperty("customers").GetInt32()}");

    private static SideFigures Side(JsonElement group, string side)
    {
        var figures = group.GetProperty(side);
        return new SideFigures(figures.GetProperty("customers").GetInt32(), figures.GetProperty("averageRating").GetDouble(),
            figures.GetProperty("complaintsPerCustomer").GetDouble(), figures.GetProperty("contactsPerCustomer").GetDouble(),
            figures.GetProperty("ordersPerCustomer").GetDouble(), figures.GetProperty("revenuePerCustomer").GetDecimal());
    }

    private sealed record SideFigures(int Customers, double AverageRating, double ComplaintsPerCustomer, double ContactsPerCustomer, double OrdersPerCustomer, decimal RevenuePerCustomer);
}
