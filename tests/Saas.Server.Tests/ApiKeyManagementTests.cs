using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class ApiKeyManagementTests(ServerFixture server)
{
    private const string Keys = "/api/v1/connectors/keys";

    [Fact]
    public async Task An_owner_creates_a_key_that_is_shown_once_works_at_once_and_stops_at_once_when_revoked()
    {
        var tenant = await server.CreateTenantAsync("Key Owner Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var created = await owner.SendAsync(HttpMethod.Post, Keys, new { name = "Shopify store" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = await HttpJson.ReadAsync(created);
        var secret = key.GetProperty("key").GetString()!;
        var id = key.GetProperty("id").GetString()!;
        Assert.StartsWith("sk_", secret);

        var listed = (await owner.GetJsonAsync(Keys)).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.False(listed.TryGetProperty("key", out _), "The list must never show a key again.");
        Assert.StartsWith(listed.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);

        using (var accepted = await server.PostOrdersAsync(secret, ShopApi.Order("o-key-1", "c-key-1").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }
        var used = (await owner.GetJsonAsync(Keys)).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, used.GetProperty("lastUsedAt").ValueKind);

        using (var revoked = await owner.SendAsync(HttpMethod.Delete, $"{Keys}/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }
        using var refused = await server.PostOrdersAsync(secret, ShopApi.Order("o-key-2", "c-key-2").ToJsonString());
        await HttpJson.ReadProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal(1, await server.EventCountAsync(tenant.Id));
    }

    [Fact]
    public async Task Another_tenants_owner_can_neither_see_nor_revoke_a_key()
    {
        var a = await server.CreateTenantAsync("Keys A");
        var b = await server.CreateTenantAsync("Keys B");
        using var ownerA = await BrowserSession.SignInAsync(server, a);
        using var ownerB = await BrowserSession.SignInAsync(server, b);
        using var created = await ownerA.SendAsync(HttpMethod.Post, Keys, new { name = "A's shop" });
        var id = (await HttpJson.ReadAsync(created)).GetProperty("id").GetString()!;

        Assert.DoesNotContain(id, (await ownerB.GetJsonAsync(Keys)).EnumerateArray().Select(k => k.GetProperty("id").GetString()));
        using var revoke = await ownerB.SendAsync(HttpMethod.Delete, $"{Keys}/{id}");
        await HttpJson.ReadProblemAsync(revoke, HttpStatusCode.NotFound);

        var stillThere = (await ownerA.GetJsonAsync(Keys)).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stillThere.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Key_management_needs_a_signed_in_owner_an_antiforgery_token_and_a_name()
    {
        var tenant = await server.CreateTenantAsync("Key Rules Tea");
        using var anonymous = new BrowserSession(server);
        using (var list = await anonymous.Http.GetAsync(Keys))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        }
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        using (var forged = await owner.SendAsync(HttpMethod.Post, Keys, new { name = "no token" }, sendAntiforgeryHeader: false))
        {
            await HttpJson.ReadProblemAsync(forged, HttpStatusCode.BadRequest);
        }
        using (var nameless = await owner.SendAsync(HttpMethod.Post, Keys, new { name = " " }))
        {
            Assert.Contains("name", HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(nameless, HttpStatusCode.BadRequest)));
        }
        // Only the tenant's first key (made by the test set-up) exists: none of the refused calls made one.
        Assert.Single((await owner.GetJsonAsync(Keys)).EnumerateArray());
    }
}
