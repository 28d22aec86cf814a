using System.Net;
using Saas.Server.Features.Identity;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class LoginTests(ServerFixture server)
{
    private const string AuthCookie = "saas.auth";

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_and_signs_nobody_in()
    {
        var tenant = await server.CreateTenantAsync("Login Tea");
        using var browser = new BrowserSession(server);

        using var response = await browser.LoginAsync(tenant.OwnerEmail, "not-the-password");

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(browser.Cookie(AuthCookie));
        using var me = await browser.Http.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task The_right_password_returns_the_user_and_a_session_cookie()
    {
        var tenant = await server.CreateTenantAsync("Login Tea");
        using var browser = new BrowserSession(server);

        using var response = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await HttpJson.ReadAsync(response);
        Assert.Equal(tenant.OwnerEmail, user.GetProperty("email").GetString());
        Assert.Equal(tenant.Name, user.GetProperty("tenantName").GetString());
        Assert.Equal(tenant.Id, user.GetProperty("tenantId").GetString());
        Assert.Equal(new[] { Roles.TenantOwner }, HttpJson.Strings(user.GetProperty("roles")));
        Assert.False(string.IsNullOrEmpty(browser.Cookie(AuthCookie)));

        var me = await browser.GetJsonAsync("/api/v1/auth/me");
        Assert.Equal(tenant.OwnerEmail, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Me_without_a_cookie_is_401_not_a_redirect()
    {
        using var browser = new BrowserSession(server);

        using var response = await browser.Http.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Login_without_the_antiforgery_header_is_a_400_problem_and_signs_nobody_in()
    {
        var tenant = await server.CreateTenantAsync("Login Tea");
        using var browser = new BrowserSession(server);

        using var response = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword, sendAntiforgeryHeader: false);

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Null(browser.Cookie(AuthCookie));
    }
}
