using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Mvc.Testing;
using Saas.Server.Features.Identity;

namespace Saas.Server.Tests;

/// <summary>What the SPA does in a browser: keeps cookies, echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.</summary>
public sealed class BrowserSession : IDisposable
{
    public BrowserSession(WebApplicationFactory<Program> server)
    {
        Http = server.CreateDefaultClient(new CookieContainerHandler(Cookies));
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Does not follow redirects, so a redirect to a login page would show as such.</summary>
    public HttpClient Http { get; }

    /// <summary>The Cookie header a browser would send, e.g. on the WebSocket upgrade.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(Http.BaseAddress!);

    public string? Cookie(string name) => Cookies.GetCookies(Http.BaseAddress!)[name]?.Value;

    /// <summary>Signs the tenant's owner in; fails the test if that does not answer 200.</summary>
    public static async Task<BrowserSession> SignInAsync(WebApplicationFactory<Program> server, TestTenant tenant)
    {
        var session = new BrowserSession(server);
        using var response = await session.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return session;
    }

    public static async Task<BrowserSession> SignInAsAdminAsync(WebApplicationFactory<Program> server)
    {
        var admin = new BrowserSession(server);
        using var login = await admin.LoginAsync(ServerFixture.AdminEmail, ServerFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return admin;
    }

    /// <returns>The request token from the XSRF-TOKEN cookie.</returns>
    public async Task<string> FetchAntiforgeryAsync()
    {
        using var response = await Http.GetAsync("/api/v1/auth/antiforgery");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return Cookie(AntiforgeryCheck.CookieName) ?? throw new InvalidOperationException("No XSRF-TOKEN cookie was issued.");
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password, bool sendAntiforgeryHeader = true) =>
        SendAsync(HttpMethod.Post, "/api/v1/auth/login", new { email, password }, sendAntiforgeryHeader);

    /// <summary>A state-changing call as the SPA makes it: a fresh antiforgery token in the header.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool sendAntiforgeryHeader = true)
    {
        var token = await FetchAntiforgeryAsync();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (sendAntiforgeryHeader) request.Headers.Add(AntiforgeryCheck.HeaderName, token);
        return await Http.SendAsync(request);
    }

    /// <summary>GETs a JSON resource that must answer 200.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}.");
        return await HttpJson.ReadAsync(response);
    }

    public void Dispose() => Http.Dispose();
}
