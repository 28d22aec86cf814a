using System.Net;
using Saas.Server.Tests.Feedback;

namespace Saas.Server.Tests.Identities;

/// <summary>Two customers with histories become one when an identity links them; an owner can split them again.</summary>
[Collection(ServerCollection.Name)]
public sealed class MergeAndSplitTests(ServerFixture server)
{
    [Fact]
    public async Task A_linking_order_merges_two_histories_and_a_split_gives_each_customer_its_own_figures_back()
    {
        var tenant = await server.CreateTenantAsync("Merging Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-x1", "cust-x", "xavier@example.com", total: 100m)));
        await server.CustomersOnceAsync(tenant.Id, 1, 1);
        await server.SubmitAsync(tenant, ShopApi.Batch(
            IdentityApi.Order("o-y1", "cust-y", "yan@example.com", total: 10m), IdentityApi.Order("o-y2", "cust-y", "yan@example.com", total: 20m)));
        await server.CustomersOnceAsync(tenant.Id, 2, 3);
        await server.SubmitFeedbackAsync(tenant, FeedbackApi.Rating("r-y1", "cust-y", 2));
        await Eventually.UntilAsync(() => RatingsAsync(tenant.Id), r => r == "cust-y:1", "Y's rating");

        // X orders again with Y's email: X is the older customer, Y's history joins it.
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-x2", "cust-x", "yan@example.com", total: 1m)));

        var merged = Assert.Single(await server.CustomersOnceAsync(tenant.Id, 1, 4));
        Assert.Equal(new PublishedCustomer("cust-x", 4, 131m), merged);
        await Eventually.UntilAsync(() => ProfitsAsync(tenant.Id), p => p == "cust-x:4:131.00", "the merged profit row");
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT customers FROM analysis_totals WHERE tenant_id = $1", tenant.Id));
        await Eventually.UntilAsync(() => RatingsAsync(tenant.Id), r => r == "cust-x:1", "Y's rating on the merged customer");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var merge = Assert.Single((await owner.GetJsonAsync("/api/v1/customers/cust-x/identities")).GetProperty("merges").EnumerateArray());
        Assert.Equal(("cust-y", "yan@example.com"), (merge.GetProperty("sourceCustomerId").GetString(), merge.GetProperty("matchedValue").GetString()));
        using (var gone = await owner.SendAsync(HttpMethod.Get, "/api/v1/customers/cust-y"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        using (var split = await owner.SendAsync(HttpMethod.Post, $"/api/v1/customers/cust-x/merges/{merge.GetProperty("id").GetInt64()}/split"))
        {
            Assert.Equal("cust-y", (await HttpJson.ReadAsync(split)).GetProperty("customerId").GetString());
        }

        await Eventually.UntilAsync(() => server.CustomersAsync(tenant.Id),
            c => c.SequenceEqual([new PublishedCustomer("cust-x", 2, 101m), new PublishedCustomer("cust-y", 2, 30m)]), "two customers again");
        await Eventually.UntilAsync(() => ProfitsAsync(tenant.Id), p => p == "cust-x:2:101.00,cust-y:2:30.00", "both profit rows");
        Assert.Equal((2L, 131m), (await server.ScalarAsync<long>("SELECT customers FROM analysis_totals WHERE tenant_id = $1", tenant.Id),
            await server.ScalarAsync<decimal>("SELECT revenue FROM analysis_totals WHERE tenant_id = $1", tenant.Id)));
        await Eventually.UntilAsync(() => RatingsAsync(tenant.Id), r => r == "cust-y:1", "the rating back on Y");
        var afterSplit = Assert.Single((await owner.GetJsonAsync("/api/v1/customers/cust-x/identities")).GetProperty("merges").EnumerateArray());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, afterSplit.GetProperty("splitAt").ValueKind);

        // Y's own later order stays with Y: a split is not undone by the next report.
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-y3", "cust-y", "yan@example.com", total: 5m)));
        await Eventually.UntilAsync(() => server.CustomersAsync(tenant.Id),
            c => c.SequenceEqual([new PublishedCustomer("cust-x", 2, 101m), new PublishedCustomer("cust-y", 3, 35m)]), "Y's new order on Y");
    }

    [Fact]
    public async Task Only_an_owner_splits_and_an_unknown_merge_is_a_404_problem()
    {
        var tenant = await server.CreateTenantAsync("Guarded Merges Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-g1", "g-1", "guard@example.com")));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-g2", "g-2", "guard@example.com")));
        await server.CustomersOnceAsync(tenant.Id, 1, 2);
        var mergeId = await server.ScalarAsync<long>("SELECT id FROM customer_merges WHERE tenant_id = $1", tenant.Id);
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        using var manager = await MemberTests.JoinAsync(server, owner, TestMail.NewAddress("splitter"));

        using (var byManager = await manager.SendAsync(HttpMethod.Post, $"/api/v1/customers/g-1/merges/{mergeId}/split"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        }
        using (var unknown = await owner.SendAsync(HttpMethod.Post, $"/api/v1/customers/g-1/merges/{mergeId + 1000}/split"))
        {
            await HttpJson.ReadProblemAsync(unknown, HttpStatusCode.NotFound);
        }
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM customer_merges WHERE tenant_id = $1 AND split_at IS NOT NULL", tenant.Id));
    }

    /// <summary>Each customer's rating rows and its feedback totals, which must agree.</summary>
    private Task<string> RatingsAsync(string tenantId) => server.ScalarAsync<string>("""
        SELECT coalesce(string_agg(f.customer_id || ':' || f.ratings, ',' ORDER BY f.customer_id), '')
        FROM customer_feedback f
        WHERE f.tenant_id = $1 AND f.ratings > 0
          AND f.ratings = (SELECT count(*) FROM ratings r WHERE r.tenant_id = f.tenant_id AND r.customer_id = f.customer_id)
        """, tenantId);

    private Task<string> ProfitsAsync(string tenantId) => server.ScalarAsync<string>(
        "SELECT coalesce(string_agg(customer_id || ':' || orders || ':' || revenue, ',' ORDER BY customer_id), '') FROM customer_profits WHERE tenant_id = $1",
        tenantId);
}
