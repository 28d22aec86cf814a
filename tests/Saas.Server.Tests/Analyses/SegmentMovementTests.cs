using System.Text.Json;

namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class SegmentMovementTests(ServerFixture server)
{
    [Fact]
    public async Task New_customers_come_from_prospect_and_everyone_stays_on_the_diagonal_after_their_last_move()
    {
        var tenant = await server.ShopAsync("Moving Tea",
            AnalysisShop.Order("o-1", "ann", AnalysisShop.DaysAgo(1), new Line("tea", 1, 20m)),
            AnalysisShop.Order("o-2", "bob", AnalysisShop.DaysAgo(1), new Line("tea", 1, 20m)));
        await server.OrderAsync(tenant,
            AnalysisShop.Order("o-3", "ann", AnalysisShop.DaysAgo(0.5), new Line("tea", 10, 200m)),
            AnalysisShop.Order("o-4", "ann", AnalysisShop.DaysAgo(0.4), new Line("tea", 10, 200m)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var ann = await SegmentOfAsync(tenant, "ann");
        var bob = await SegmentOfAsync(tenant, "bob");
        Assert.NotEqual(ann, bob);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Every move so far happened today: from yesterday, both came from Prospect, Ann through a segment she left.
        var sinceYesterday = Flows(await owner.GetJsonAsync($"/api/v1/analyses/segments/movement?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        Assert.Equal(new[] { ("Prospect", ann, 1L), ("Prospect", bob, 1L) }.OrderBy(f => f.Item2), sinceYesterday.OrderBy(f => f.To));

        // From today to tomorrow nobody moves: everyone is on the diagonal.
        var untilTomorrow = Flows(await owner.GetJsonAsync($"/api/v1/analyses/segments/movement?from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"));
        Assert.Equal(new[] { (ann, ann, 1L), (bob, bob, 1L) }.OrderBy(f => f.Item1), untilTomorrow.OrderBy(f => f.From));
    }

    [Fact]
    public async Task Between_two_past_dates_the_moves_in_between_count_and_later_moves_are_turned_back()
    {
        var tenant = await server.CreateTenantAsync("History Tea");
        var day = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        // Ann: New, then Loyal inside the window, then AtRisk after it. Bob: New before the window, no move since.
        // Cat: first order inside the window.
        await InsertMovesAsync(tenant,
            ("ann", "Prospect", "New", day.AddDays(-10)), ("ann", "New", "Loyal", day.AddDays(-5)), ("ann", "Loyal", "AtRisk", day.AddDays(-1)),
            ("bob", "Prospect", "New", day.AddDays(-10)),
            ("cat", "Prospect", "Champions", day.AddDays(-6)));
        await server.ScalarAsync<int>("""
            INSERT INTO segment_counts (tenant_id, segment, customers)
            VALUES ($1, 'New', 1), ($1, 'AtRisk', 1), ($1, 'Champions', 1)
            """, tenant.Id);
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var from = DateOnly.FromDateTime(day.AddDays(-8).UtcDateTime);
        var to = DateOnly.FromDateTime(day.AddDays(-3).UtcDateTime);

        var flows = Flows(await owner.GetJsonAsync($"/api/v1/analyses/segments/movement?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"));

        Assert.Equal([("Prospect", "Champions", 1L), ("New", "New", 1L), ("New", "Loyal", 1L)], flows);
    }

    private async Task<string> SegmentOfAsync(TestTenant tenant, string customerId) =>
        await server.ScalarAsync<string>("SELECT segment FROM customers WHERE tenant_id = $1 AND customer_id = $2", tenant.Id, customerId);

    private async Task InsertMovesAsync(TestTenant tenant, params (string Customer, string From, string To, DateTimeOffset At)[] moves)
    {
        foreach (var (customer, from, to, at) in moves)
        {
            await server.ScalarAsync<int>("""
                INSERT INTO segment_moves (tenant_id, customer_id, from_segment, to_segment, moved_at, cause) VALUES ($1, $2, $3, $4, $5, 'event')
                """, tenant.Id, customer, from, to, at);
        }
    }

    private static (string From, string To, long Customers)[] Flows(JsonElement movement) =>
    [
        .. movement.GetProperty("flows").EnumerateArray()
            .Select(f => (f.GetProperty("from").GetString()!, f.GetProperty("to").GetString()!, f.GetProperty("customers").GetInt64())),
    ];
}
