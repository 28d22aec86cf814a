using Saas.Server.Features.Identities;

namespace Saas.Server.Tests.Identities;

/// <summary>Customers with the same normalised email or phone in a tenant are one customer, whichever shop they come from.</summary>
[Collection(ServerCollection.Name)]
public sealed class IdentityResolutionTests(ServerFixture server)
{
    [Fact]
    public async Task Two_shops_customers_with_the_same_email_in_another_case_and_spacing_are_one_customer_with_both_orders()
    {
        var tenant = await server.CreateTenantAsync("One Email Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-shopify-1", "shopify-501", "  Ann.Lee@Example.COM ", total: 30m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-woo-1", "woo-77", "ann.lee@example.com", total: 45m)));

        var customer = Assert.Single(await server.CustomersOnceAsync(tenant.Id, 1, 2));
        Assert.Equal(new PublishedCustomer("shopify-501", 2, 75m), customer);
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var identities = await owner.GetJsonAsync("/api/v1/customers/shopify-501/identities");
        var merge = Assert.Single(identities.GetProperty("merges").EnumerateArray());
        Assert.Equal(("woo-77", "email", "ann.lee@example.com"),
            (merge.GetProperty("sourceCustomerId").GetString(), merge.GetProperty("matchedKind").GetString(), merge.GetProperty("matchedValue").GetString()));
        Assert.Equal(["email ann.lee@example.com", "source shopify-501", "source woo-77"],
            identities.GetProperty("identities").EnumerateArray().Select(i => $"{i.GetProperty("kind").GetString()} {i.GetProperty("value").GetString()}"));
    }

    [Fact]
    public async Task The_same_phone_written_differently_is_one_customer()
    {
        var tenant = await server.CreateTenantAsync("One Phone Tea");
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-p1", "shop-a-1", "wei@a.example", "+86 138-0013-8000", 20m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-p2", "shop-b-9", "wei@b.example", "0086 (138) 0013 8000", 22m)));
        await server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order("o-p3", "shop-c-3", "other@c.example", "+86 139 0000 0000", 5m)));

        var customers = await server.CustomersOnceAsync(tenant.Id, 2, 3);
        Assert.Equal([new PublishedCustomer("shop-a-1", 2, 42m), new PublishedCustomer("shop-c-3", 1, 5m)], customers);
        Assert.Equal("+8613800138000", await server.ScalarAsync<string>(
            "SELECT matched_value FROM customer_merges WHERE tenant_id = $1 AND source_customer_id = 'shop-b-9'", tenant.Id));
    }

    [Fact]
    public async Task Concurrent_first_orders_with_the_same_email_end_as_one_customer()
    {
        var tenant = await server.CreateTenantAsync("Racing Tea");
        const int Pairs = 4;
        await Task.WhenAll(Enumerable.Range(0, Pairs).SelectMany(p => new[]
        {
            server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order($"o-left-{p}", $"left-{p}", $"racer{p}@example.com", total: 10m))),
            server.SubmitAsync(tenant, ShopApi.Batch(IdentityApi.Order($"o-right-{p}", $"right-{p}", $" RACER{p}@example.com", total: 15m))),
        }));

        var customers = await server.CustomersOnceAsync(tenant.Id, Pairs, 2 * Pairs);
        Assert.All(customers, c => Assert.Equal((2, 25m), (c.Orders, c.Revenue)));
        Assert.Equal(Pairs, await server.ScalarAsync<long>("SELECT count(DISTINCT customer_id) FROM customer_identities WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(Pairs, await server.ScalarAsync<long>("SELECT count(*) FROM customer_merges WHERE tenant_id = $1", tenant.Id));
    }

    [Theory]
    [InlineData(" Ann@Example.com ", "ann@example.com")]
    [InlineData("ann@", null)]
    [InlineData("a b@example.com", null)]
    public void Emails_are_trimmed_and_lower_cased_and_junk_is_ignored(string email, string? expected) =>
        Assert.Equal(expected, IdentityKeys.NormaliseEmail(email));

    [Theory]
    [InlineData("+86 138-0013-8000", "+8613800138000")]
    [InlineData("0086 (138) 0013.8000", "+8613800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("call me", null)]
    [InlineData("12-34", null)]
    public void Phones_keep_digits_and_their_country_code(string phone, string? expected) =>
        Assert.Equal(expected, IdentityKeys.NormalisePhone(phone));
}
