using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Saas.Server.Tests;

/// <summary>On a node of its own with low limits; the shared server's are set high so other tests never meet them.</summary>
[Collection(ServerCollection.Name)]
public sealed class RateLimitTests(ServerFixture server)
{
    private const int Limit = 3;

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_and_other_addresses_go_on()
    {
        await using var node = LimitedNode();
        var testServer = node.Server;

        for (var attempt = 0; attempt < Limit; attempt++)
        {
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await LoginFromAsync(testServer, "203.0.113.7")).Response.StatusCode);
        }
        var limited = await LoginFromAsync(testServer, "203.0.113.7");
        Assert.Equal(StatusCodes.Status429TooManyRequests, limited.Response.StatusCode);
        Assert.True(int.Parse(limited.Response.Headers.RetryAfter.ToString(), CultureInfo.InvariantCulture) > 0);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await LoginFromAsync(testServer, "198.51.100.1")).Response.StatusCode);
    }

    [Fact]
    public async Task One_busy_tenant_is_limited_and_another_tenant_goes_on()
    {
        var busy = await server.CreateTenantAsync("Busy Tea");
        var calm = await server.CreateTenantAsync("Calm Tea");
        await using var node = LimitedNode();
        using var busyOwner = await BrowserSession.SignInAsync(node, busy);
        using var calmOwner = await BrowserSession.SignInAsync(node, calm);

        for (var call = 0; call < Limit; call++)
        {
            using var allowed = await busyOwner.Http.GetAsync("/api/v1/segments/counts");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using (var refused = await busyOwner.Http.GetAsync("/api/v1/connectors/keys"))
        {
            var problem = await HttpJson.ReadProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Contains("requests a minute", problem.GetProperty("detail").GetString());
        }
        using var other = await calmOwner.Http.GetAsync("/api/v1/segments/counts");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private WebApplicationFactory<Program> LimitedNode() => server.AnotherNode("rate-limited-node",
        ("RateLimits:AuthRequestsPerAddressPerMinute", Limit.ToString(CultureInfo.InvariantCulture)),
        ("RateLimits:RequestsPerTenantPerMinute", Limit.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// A sign-in from a given client address (TestServer lets a test set what Kestrel takes from the socket). It has
    /// no antiforgery token, so it is refused with 400 when the limit lets it through, and with 429 when not.
    /// </summary>
    private static Task<HttpContext> LoginFromAsync(TestServer server, string address) => server.SendAsync(http =>
    {
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        http.Request.Method = HttpMethods.Post;
        http.Request.Path = "/api/v1/auth/login";
    });
}
