using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class TwoFactorTests(ServerFixture server)
{
    [Fact]
    public async Task With_two_factor_on_a_password_alone_no_longer_signs_in_and_the_authenticator_code_does()
    {
        var tenant = await server.CreateTenantAsync("Two Factor Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var (key, _) = await TurnOnAsync(owner);

        using var browser = new BrowserSession(server);
        using (var password = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(HttpStatusCode.Accepted, password.StatusCode);
            Assert.True((await HttpJson.ReadAsync(password)).GetProperty("twoFactorRequired").GetBoolean());
        }
        using (var notYet = await browser.Http.GetAsync("/api/v1/auth/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, notYet.StatusCode);
        }
        using (var wrong = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/login/two-factor", new { code = "000000" }))
        {
            await HttpJson.ReadProblemAsync(wrong, HttpStatusCode.Unauthorized);
        }
        using (var right = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/login/two-factor", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }
        Assert.Equal(tenant.OwnerEmail, (await browser.GetJsonAsync("/api/v1/auth/me")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_a_code_step_without_the_password_step_is_refused()
    {
        var tenant = await server.CreateTenantAsync("Recovery Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var (key, recoveryCodes) = await TurnOnAsync(owner);
        var recoveryCode = recoveryCodes[0];

        using (var skipper = new BrowserSession(server))
        using (var skipped = await skipper.SendAsync(HttpMethod.Post, "/api/v1/auth/login/two-factor", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }))
        {
            await HttpJson.ReadProblemAsync(skipped, HttpStatusCode.Unauthorized);
        }
        Assert.Equal(HttpStatusCode.OK, await SignInWithRecoveryCodeAsync(tenant, recoveryCode));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInWithRecoveryCodeAsync(tenant, recoveryCode));
    }

    [Fact]
    public async Task Two_factor_turns_on_only_with_a_right_code_and_off_again_with_one()
    {
        var tenant = await server.CreateTenantAsync("Toggle Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var setup = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/setup");
        var key = (await HttpJson.ReadAsync(setup)).GetProperty("sharedKey").GetString()!;

        using (var wrong = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/enable", new { code = "123456" }))
        {
            Assert.Equal(["code"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(wrong, HttpStatusCode.BadRequest)));
        }
        Assert.False((await owner.GetJsonAsync("/api/v1/auth/two-factor")).GetProperty("enabled").GetBoolean());

        using (var on = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/enable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }))
        {
            Assert.Equal(10, (await HttpJson.ReadAsync(on)).GetProperty("codes").GetArrayLength());
        }
        var status = await owner.GetJsonAsync("/api/v1/auth/two-factor");
        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.Equal(10, status.GetProperty("recoveryCodesLeft").GetInt32());

        using (var off = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/disable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) }))
        {
            Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        }
        using var browser = new BrowserSession(server);
        using var login = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    /// <returns>The authenticator's shared key and the recovery codes.</returns>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(BrowserSession owner)
    {
        using var setup = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/setup");
        var authenticator = await HttpJson.ReadAsync(setup);
        Assert.StartsWith("otpauth://totp/", authenticator.GetProperty("authenticatorUri").GetString());
        var key = authenticator.GetProperty("sharedKey").GetString()!;
        using var enable = await owner.SendAsync(HttpMethod.Post, "/api/v1/auth/two-factor/enable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        return (key, HttpJson.Strings((await HttpJson.ReadAsync(enable)).GetProperty("codes")));
    }

    private async Task<HttpStatusCode> SignInWithRecoveryCodeAsync(TestTenant tenant, string recoveryCode)
    {
        using var browser = new BrowserSession(server);
        using (var password = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(HttpStatusCode.Accepted, password.StatusCode);
        }
        using var second = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/login/two-factor", new { recoveryCode });
        return second.StatusCode;
    }
}
