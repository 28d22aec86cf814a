using System.Net;
using System.Net.Http.Json;
using Saas.Server.Features.Identity;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class CookieTests(ServerFixture server)
{
    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite_Strict_and_Secure_on_any_host_but_localhost()
    {
        var tenant = await server.CreateTenantAsync("Cookie Tea");

        var local = await SignInCookiesAsync(tenant, "localhost");
        var remote = await SignInCookiesAsync(tenant, "shop.example.com");

        var auth = local.Single(c => c.StartsWith("saas.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=strict", auth);
        Assert.DoesNotContain("secure", auth);
        Assert.All(remote, cookie => Assert.Contains("secure", cookie));
        Assert.Contains(remote, c => c.StartsWith("saas.auth=", StringComparison.Ordinal));
        Assert.Contains(remote, c => c.StartsWith("xsrf-token=", StringComparison.Ordinal));
    }

    /// <returns>Every Set-Cookie of the antiforgery and sign-in answers, lower-cased.</returns>
    private async Task<IReadOnlyList<string>> SignInCookiesAsync(TestTenant tenant, string host)
    {
        // Cookies by hand: a cookie jar would not send Secure cookies back over http.
        using var http = server.CreateDefaultClient();
        http.DefaultRequestHeaders.Host = host;
        var cookies = new List<string>();
        using (var antiforgery = await http.GetAsync("/api/v1/auth/antiforgery"))
        {
            cookies.AddRange(antiforgery.Headers.GetValues("Set-Cookie"));
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = tenant.OwnerEmail, password = tenant.OwnerPassword }),
        };
        request.Headers.Add(AntiforgeryCheck.HeaderName, TokenFrom(cookies));
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        using var login = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        cookies.AddRange(login.Headers.GetValues("Set-Cookie"));
        return [.. cookies.Select(c => c.ToLowerInvariant())];
    }

    private static string TokenFrom(IEnumerable<string> setCookies) =>
        Uri.UnescapeDataString(setCookies.Single(c => c.StartsWith(AntiforgeryCheck.CookieName + "=", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1]);
}
