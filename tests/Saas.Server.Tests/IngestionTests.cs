using System.Text.Json.Nodes;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class IngestionTests(ServerFixture server)
{
    [Fact]
    public async Task An_order_posted_twice_is_accepted_once_and_applied_once()
    {
        var tenant = await server.CreateTenantAsync("Ann's Tea Shop");

        var first = await server.SubmitAsync(tenant, ShopApi.IssueOrder);
        Assert.Equal(1, first.Accepted);
        Assert.Empty(first.Duplicates);

        var again = await server.SubmitAsync(tenant, ShopApi.IssueOrder);
        Assert.Equal(0, again.Accepted);
        Assert.Equal(new[] { "o-1001" }, again.Duplicates);

        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var counts = await owner.CountsReachingAsync(1);
        var segment = Assert.Single(counts.GetProperty("counts").EnumerateArray());
        Assert.Equal(1, segment.GetProperty("customers").GetInt64());
        Assert.NotEqual("Prospect", segment.GetProperty("segment").GetString());

        Assert.Equal(1, await server.EventCountAsync(tenant.Id));
        Assert.Equal(1, await server.ScalarAsync<int>(
            "SELECT orders FROM customers WHERE tenant_id = $1 AND customer_id = 'c-42'", tenant.Id));
        Assert.Equal(59.90m, await server.ScalarAsync<decimal>(
            "SELECT revenue FROM customers WHERE tenant_id = $1 AND customer_id = 'c-42'", tenant.Id));
        Assert.Equal("ann@example.com", await server.ScalarAsync<string>(
            "SELECT email FROM customers WHERE tenant_id = $1 AND customer_id = 'c-42'", tenant.Id));
    }

    [Fact]
    public async Task A_batch_reports_ids_repeated_in_it_and_ids_already_received_as_duplicates()
    {
        var tenant = await server.CreateTenantAsync("Batch Tea");
        var known = await server.SubmitAsync(tenant, ShopApi.Order("o-1", "c-1").ToJsonString());
        Assert.Equal(1, known.Accepted);

        var batch = await server.SubmitAsync(tenant, ShopApi.Batch(
            ShopApi.Order("o-2", "c-2"),
            ShopApi.Order("o-2", "c-2"),
            ShopApi.Order("o-1", "c-1"),
            ShopApi.Order("o-3", "c-3")));
        Assert.Equal(2, batch.Accepted);
        Assert.Equal(new[] { "o-2", "o-1" }, batch.Duplicates);

        Assert.Equal(3, await server.EventCountAsync(tenant.Id));
        await Eventually.UntilAsync(
            () => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id),
            n => n == 3, "three customers in the projection");
        Assert.Equal(3, await server.ScalarAsync<long>("SELECT sum(orders) FROM customers WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task The_customers_row_keeps_category_names_with_quotes_commas_and_backslashes_and_times_with_an_offset()
    {
        var tenant = await server.CreateTenantAsync("Quoted Tea");
        var order = ShopApi.Order("o-1", "c-1", total: 30m);
        order["placedAt"] = "2025-03-01T10:00:00+08:00";
        order["lines"] = new JsonArray(
            new JsonObject { ["sku"] = "A", ["category"] = "Tea \"green\", loose", ["quantity"] = 1, ["price"] = 20m },
            new JsonObject { ["sku"] = "B", ["category"] = @"cups\saucers {set}", ["quantity"] = 1, ["price"] = 10m });
        await server.SubmitAsync(tenant, order.ToJsonString());

        await Eventually.UntilAsync(
            () => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id),
            n => n == 1, "the customer in the projection");
        Assert.Equal(new[] { "Tea \"green\", loose", @"cups\saucers {set}" }, await server.ScalarAsync<string[]>(
            "SELECT preferred_categories FROM customers WHERE tenant_id = $1 AND customer_id = 'c-1'", tenant.Id));
        Assert.Equal(new DateTime(2025, 3, 1, 2, 0, 0, DateTimeKind.Utc), await server.ScalarAsync<DateTime>(
            "SELECT first_order_at FROM customers WHERE tenant_id = $1 AND customer_id = 'c-1'", tenant.Id));
    }
}
