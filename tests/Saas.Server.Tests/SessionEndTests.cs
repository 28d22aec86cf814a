using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class SessionEndTests(ServerFixture server)
{
    [Fact]
    public async Task Signing_out_everywhere_ends_the_users_other_sessions()
    {
        var tenant = await server.CreateTenantAsync("Everywhere Tea");
        using var laptop = await BrowserSession.SignInAsync(server, tenant);
        using var phone = await BrowserSession.SignInAsync(server, tenant);

        using (var everywhere = await laptop.SendAsync(HttpMethod.Post, "/api/v1/auth/logout-everywhere"))
        {
            Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        }

        using var me = await phone.Http.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Suspending_a_tenant_ends_its_members_sessions_already_signed_in()
    {
        var tenant = await server.CreateTenantAsync("Suspended Session Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        await owner.GetJsonAsync("/api/v1/segments/counts");
        using var admin = new BrowserSession(server);
        using (var login = await admin.LoginAsync(ServerFixture.AdminEmail, ServerFixture.AdminPassword))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        using (var suspend = await admin.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/suspend"))
        {
            Assert.Equal(HttpStatusCode.NoContent, suspend.StatusCode);
        }

        using var counts = await owner.Http.GetAsync("/api/v1/segments/counts");
        Assert.Equal(HttpStatusCode.Unauthorized, counts.StatusCode);
    }
}
