using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Analyses;

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
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var from = DateOnly.FromDateTime(day.AddDays(-8).UtcDateTime);
        var to = DateOnly.FromDateTime(day.AddDays(-3).UtcDateTime);

        var flows = Flows(await owner.GetJsonAsync($"/api/v1/analyses/segments/movement?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"));

        Assert.Equal([("Prospect", "Champions", 1L), ("New", "New", 1L), ("New", "Loyal", 1L)], flows);
    }

    [Fact]
    public async Task Weekly_snapshots_answer_as_the_moves_themselves_do_and_a_backdated_move_retakes_them()
    {
        var tenant = await server.CreateTenantAsync("Snapshot Tea");
        var week = SegmentSnapshots.WeekStartOf(DateTimeOffset.UtcNow.AddDays(-70));
        DateTimeOffset Day(double day) => week.AddDays(day).AddHours(10);
        await InsertMovesAsync(tenant,
            ("ann", "Prospect", "New", Day(1)), ("ann", "New", "Loyal", Day(9)), ("ann", "Loyal", "AtRisk", Day(30)),
            ("bob", "Prospect", "New", Day(2)), ("bob", "New", "Champions", Day(16)),
            ("cat", "Prospect", "Promising", Day(20)), ("cat", "Promising", "Loyal", Day(45)));
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var windows = new[] { (3, 12), (10, 25), (0, 60), (15, 50), (29, 31), (44, 70) }
            .Select(w => (From: DateOnly.FromDateTime(week.AddDays(w.Item1).UtcDateTime), To: DateOnly.FromDateTime(week.AddDays(w.Item2).UtcDateTime)))
            .ToArray();
        async Task<string[]> MatricesAsync() =>
        [
            .. await Task.WhenAll(windows.Select(async w => string.Join("; ", Flows(await owner.GetJsonAsync(
                $"/api/v1/analyses/segments/movement?from={w.From:yyyy-MM-dd}&to={w.To:yyyy-MM-dd}"))))),
        ];
        var snapshots = server.Services.GetRequiredService<SegmentSnapshots>();
        await server.ScalarAsync<int>("DELETE FROM segment_snapshots WHERE tenant_id = $1", tenant.Id);
        var fromMoves = await MatricesAsync();

        Assert.Equal(9, await snapshots.TakeDueAsync(tenant.Id, week.AddDays(63) + SegmentSnapshots.Settle));
        Assert.Equal(fromMoves, await MatricesAsync());
        Assert.Equal("(New, New, 1); (New, Loyal, 1)", fromMoves[0]);
        Assert.Equal("(Prospect, Promising, 1); (New, Champions, 1); (Loyal, Loyal, 1)", fromMoves[1]);
        Assert.Equal("(Prospect, Loyal, 1); (New, Champions, 1); (Loyal, AtRisk, 1)", fromMoves[3]);

        // A move recorded late, dated before every snapshot: they go, and the next round takes them again.
        await InsertMovesAsync(tenant, ("dan", "Prospect", "New", Day(5)));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM segment_snapshots WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(9, await snapshots.TakeDueAsync(tenant.Id, week.AddDays(63) + SegmentSnapshots.Settle));
        Assert.Equal("(Prospect, New, 1); (New, New, 1); (New, Loyal, 1)", (await MatricesAsync())[0]);
    }

    private async Task<string> SegmentOfAsync(TestTenant tenant, string customerId) =>
        await server.ScalarAsync<string>("SELECT segment FROM customers WHERE tenant_id = $1 AND customer_id = $2", tenant.Id, customerId);

    private async Task InsertMovesAsync(TestTenant tenant, params (string Customer, string From, string To, DateTimeOffset At)[] moves)
    {
        foreach (var (customer, from, to, at) in moves)
        {
            await server.ScalarAsync<int>("""
                INSERT INTO segment_moves (tenant_id, customer_id, from_segment, to_segment, moved_at, cause, customer_no)
                VALUES ($1, $2, $3, $4, $5, 'event', $6)
                """, tenant.Id, customer, from, to, at, NumberOf(customer));
        }
    }

    /// <summary>A customer number, as customers.customer_no would give, kept in step with the id.</summary>
    private static long NumberOf(string customer) => customer.Aggregate(7L, (hash, c) => hash * 31 + c);

    private static (string From, string To, long Customers)[] Flows(JsonElement movement) =>
    [
        .. movement.GetProperty("flows").EnumerateArray()
            .Select(f => (f.GetProperty("from").GetString()!, f.GetProperty("to").GetString()!, f.GetProperty("customers").GetInt64())),
    ];
}
