using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class PasswordResetTests(ServerFixture server)
{
    private const string NewPassword = "a-brand-new-secret-2026";

    [Fact]
    public async Task A_mailed_link_sets_a_new_password_once_and_ends_every_open_session()
    {
        var tenant = await server.CreateTenantAsync("Reset Tea");
        using var otherDevice = await BrowserSession.SignInAsync(server, tenant);
        using var browser = new BrowserSession(server);

        using (var forgot = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/forgot-password", new { email = tenant.OwnerEmail }))
        {
            Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        }
        var link = (await server.LatestMailToAsync(tenant.OwnerEmail)).LinkSecrets();
        var reset = new { userId = link["userId"], code = link["code"], newPassword = NewPassword };
        using (var weak = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/reset-password", reset with { newPassword = "short" }))
        {
            Assert.Equal(["newPassword"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(weak, HttpStatusCode.BadRequest)));
        }
        using (var done = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/reset-password", reset))
        {
            Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        }
        using (var again = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/reset-password", reset))
        {
            await HttpJson.ReadProblemAsync(again, HttpStatusCode.BadRequest);
        }

        using (var stale = await otherDevice.Http.GetAsync("/api/v1/auth/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        }
        using (var old = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        using var fresh = await browser.LoginAsync(tenant.OwnerEmail, NewPassword);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_a_reset()
    {
        var tenant = await server.CreateTenantAsync("Locked Tea");
        using var browser = new BrowserSession(server);
        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var wrong = await browser.LoginAsync(tenant.OwnerEmail, "wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        string wrongAnswer;
        using (var fifth = await browser.LoginAsync(tenant.OwnerEmail, "wrong-password-5"))
        {
            wrongAnswer = (await HttpJson.ReadProblemAsync(fifth, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString()!;
        }
        // Locked: the right password now answers exactly as a wrong one, so a lock tells no one the address exists.
        using (var right = await browser.LoginAsync(tenant.OwnerEmail, tenant.OwnerPassword))
        {
            Assert.Equal(wrongAnswer, (await HttpJson.ReadProblemAsync(right, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        }
        Assert.True(await server.ScalarAsync<bool>("""SELECT "LockoutEnd" > now() FROM "AspNetUsers" WHERE "Email" = $1""", tenant.OwnerEmail));

        using (await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/forgot-password", new { email = tenant.OwnerEmail })) { }
        var link = (await server.LatestMailToAsync(tenant.OwnerEmail)).LinkSecrets();
        using (var reset = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/reset-password",
                   new { userId = link["userId"], code = link["code"], newPassword = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }
        using var unlocked = await browser.LoginAsync(tenant.OwnerEmail, NewPassword);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var nobody = TestMail.NewAddress("nobody");
        using var browser = new BrowserSession(server);

        using var forgot = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/forgot-password", new { email = nobody });

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Empty(await server.MailsToAsync(nobody));
    }
}
