using System.Net;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.Identities;

/// <summary>A customer as the read model has it: what the list and the analyses show.</summary>
public sealed record PublishedCustomer(string Id, int Orders, decimal Revenue);

public static class IdentityApi
{
    /// <summary>An order from a shop's customer <paramref name="sourceId"/> with the contacts that shop knows.</summary>
    public static JsonObject Order(string id, string sourceId, string? email, string? phone = null, decimal total = 50m, string? name = null)
    {
        var order = ShopApi.Order(id, sourceId, name, total);
        var customer = order["customer"]!.AsObject();
        customer["email"] = email;
        if (phone is not null) customer["phone"] = phone;
        return order;
    }

    /// <summary>The tenant's customers once the read model has exactly <paramref name="count"/> of them with these orders in all.</summary>
    public static Task<PublishedCustomer[]> CustomersOnceAsync(this ServerFixture server, string tenantId, int count, int orders) =>
        Eventually.UntilAsync(() => server.CustomersAsync(tenantId), c => c.Length == count && c.Sum(x => x.Orders) == orders,
            $"{count} customers with {orders} orders");

    public static async Task<PublishedCustomer[]> CustomersAsync(this ServerFixture server, string tenantId)
    {
        await using var cmd = server.Db.CreateCommand("SELECT customer_id, orders, revenue FROM customers WHERE tenant_id = $1 ORDER BY customer_id");
        cmd.Parameters.AddWithValue(tenantId);
        var customers = new List<PublishedCustomer>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) customers.Add(new PublishedCustomer(reader.GetString(0), reader.GetInt32(1), reader.GetDecimal(2)));
        return [.. customers];
    }

    /// <summary>Tenant B's owner reads its own identities for A's customer id: never A's merge.</summary>
    public static async Task IdentitiesHiddenAsync(ServerFixture server, TestTenant a, BrowserSession intruder)
    {
        await MergeInAsync(server, a);
        using var response = await intruder.SendAsync(HttpMethod.Get, "/api/v1/customers/c-victim/identities");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"The identities answered {(int)response.StatusCode}.");
        Assert.DoesNotContain("c-victim-web", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Tenant B's owner tries to split a merge of tenant A's customer; it stays merged.</summary>
    public static async Task SplitRefusedAsync(ServerFixture server, TestTenant a, BrowserSession intruder)
    {
        var mergeId = await MergeInAsync(server, a);
        using var response = await intruder.SendAsync(HttpMethod.Post, $"/api/v1/customers/c-victim/merges/{mergeId}/split");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"The split answered {(int)response.StatusCode}.");
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM customer_merges WHERE id = $1 AND split_at IS NOT NULL", mergeId));
    }

    /// <summary>A's customer c-victim joined by another shop's c-victim-web (same email); submitting again changes nothing.</summary>
    private static async Task<long> MergeInAsync(ServerFixture server, TestTenant a)
    {
        await server.SubmitAsync(a, ShopApi.Batch(Order("o-victim-web", "c-victim-web", "c-victim@example.com", name: "Vera Victim")));
        return await Eventually.UntilAsync(
            () => server.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM customer_merges WHERE tenant_id = $1 AND customer_id = 'c-victim'", a.Id),
            id => id > 0, "A's merge");
    }
}
