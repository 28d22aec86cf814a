using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class TenantIsolationTests(ServerFixture server)
{
    [Fact]
    public async Task Orders_posted_with_one_tenants_key_show_only_in_that_tenants_counts_and_changes()
    {
        var a = await server.CreateTenantAsync("Tenant A");
        var b = await server.CreateTenantAsync("Tenant B");
        // The same customer id in both shops is two different customers.
        await server.SubmitAsync(a, ShopApi.Batch(ShopApi.Order("o-1", "c-1", "Alice of A"), ShopApi.Order("o-2", "c-2", "Bob of A")));
        using var ownerA = await BrowserSession.SignInAsync(server, a);
        using var ownerB = await BrowserSession.SignInAsync(server, b);

        await ownerA.CountsReachingAsync(2);
        var changesA = await Eventually.UntilAsync(ownerA.ChangesAsync, c => SegmentsApi.ChangedCustomerIds(c).Count == 2, "A's two changes");
        Assert.Equal(new[] { "c-1", "c-2" }, SegmentsApi.ChangedCustomerIds(changesA).Order());

        var countsB = await ownerB.CountsAsync();
        Assert.Empty(countsB.GetProperty("counts").EnumerateArray());
        Assert.Equal(0, SegmentsApi.Sequence(countsB));
        var changesB = await ownerB.ChangesAsync();
        Assert.Empty(changesB.GetProperty("items").EnumerateArray());
        Assert.Equal(0, SegmentsApi.Sequence(changesB));
    }

    [Fact]
    public async Task A_tenant_scope_sees_and_writes_only_its_own_rows_even_without_a_where_clause()
    {
        var a = await server.CreateTenantAsync("Tenant A");
        var b = await server.CreateTenantAsync("Tenant B");
        await server.SubmitAsync(a, ShopApi.Batch(ShopApi.Order("o-1", "a-1"), ShopApi.Order("o-2", "a-2")));
        await server.SubmitAsync(b, ShopApi.Order("o-1", "b-1").ToJsonString());
        await Eventually.UntilAsync(
            () => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id IN ($1, $2)", a.Id, b.Id),
            n => n == 3, "both tenants' customers in the projection");

        var scope = server.Services.GetRequiredService<TenantScope>();
        await using (var tx = await scope.BeginAsync(b.Id, CancellationToken.None))
        {
            await using var count = tx.Command("SELECT count(*) FROM customers");
            Assert.Equal(1L, await count.ExecuteScalarAsync());
            await using var ids = tx.Command("SELECT string_agg(customer_id, ',') FROM customers");
            Assert.Equal("b-1", await ids.ExecuteScalarAsync());
            await using var events = tx.Command("SELECT count(*) FROM grain_events");
            Assert.Equal(1L, await events.ExecuteScalarAsync());
            await using var tenants = tx.Command("SELECT count(*) FROM tenants");
            Assert.Equal(1L, await tenants.ExecuteScalarAsync());
        }

        await using (var tx = await scope.BeginAsync(b.Id, CancellationToken.None))
        {
            await using var insert = tx.Command("""
                INSERT INTO customers (tenant_id, customer_id, orders, revenue, segment, segment_since)
                VALUES ($1, 'planted-by-b', 0, 0, 'Prospect', now())
                """);
            insert.Parameters.AddWithValue(a.Id);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        Assert.Equal(2, await server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", a.Id));
    }
}
