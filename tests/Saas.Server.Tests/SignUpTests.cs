using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class SignUpTests(ServerFixture server)
{
    private const string Password = "a-long-enough-secret";

    [Fact]
    public async Task A_merchant_signs_up_confirms_the_mailed_link_and_signs_in_as_owner_of_a_new_tenant()
    {
        var email = TestMail.NewAddress("o'brien.merchant");
        using var browser = new BrowserSession(server);
        using (var signUp = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/signup", new { companyName = "Leaf & Cup", email, password = Password }))
        {
            Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        }
        using (var early = await browser.LoginAsync(email, Password))
        {
            var problem = await HttpJson.ReadProblemAsync(early, HttpStatusCode.Forbidden);
            Assert.Equal("urn:saas:problem:email-not-confirmed", problem.GetProperty("type").GetString());
        }
        using (var guess = await browser.LoginAsync(email, "not-the-password"))
        {
            await HttpJson.ReadProblemAsync(guess, HttpStatusCode.Unauthorized);
        }

        var link = (await server.LatestMailToAsync(email)).LinkSecrets();
        using (var forged = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/confirm-email", new { userId = link["userId"], code = "forged" }))
        {
            await HttpJson.ReadProblemAsync(forged, HttpStatusCode.BadRequest);
        }
        using (var confirm = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/confirm-email", new { userId = link["userId"], code = link["code"] }))
        {
            Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        }
        using (var login = await browser.LoginAsync(email, Password))
        {
            var me = await HttpJson.ReadAsync(login);
            Assert.Equal("Leaf & Cup", me.GetProperty("tenantName").GetString());
            Assert.Equal(["TenantOwner"], HttpJson.Strings(me.GetProperty("roles")));
        }
        var counts = await browser.GetJsonAsync("/api/v1/segments/counts");
        Assert.Equal(0, counts.GetProperty("counts").GetArrayLength());
    }

    [Fact]
    public async Task Signing_up_with_a_taken_address_answers_the_same_and_tells_the_address_owner_instead()
    {
        var tenant = await server.CreateTenantAsync("Already Here Tea");
        var tenantsBefore = await server.ScalarAsync<long>("SELECT count(*) FROM tenants");
        using var browser = new BrowserSession(server);

        using var signUp = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/signup",
            new { companyName = "Copycat", email = tenant.OwnerEmail, password = Password });

        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        Assert.Equal(tenantsBefore, await server.ScalarAsync<long>("SELECT count(*) FROM tenants"));
        Assert.Equal("You already have an account", (await server.LatestMailToAsync(tenant.OwnerEmail)).Subject);
    }

    [Fact]
    public async Task An_incomplete_sign_up_names_each_wrong_field_and_creates_nothing()
    {
        var tenantsBefore = await server.ScalarAsync<long>("SELECT count(*) FROM tenants");
        using var browser = new BrowserSession(server);

        using var signUp = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/signup",
            new { companyName = "Two\nLines", email = "not-an-address", password = "short" });

        var problem = await HttpJson.ReadProblemAsync(signUp, HttpStatusCode.BadRequest);
        Assert.Equal(["companyName", "email", "password"], HttpJson.ErrorFields(problem).Order());
        Assert.Equal(tenantsBefore, await server.ScalarAsync<long>("SELECT count(*) FROM tenants"));
    }

    [Fact]
    public async Task A_lost_confirmation_mail_can_be_sent_again_and_the_answer_never_reveals_an_account()
    {
        var email = TestMail.NewAddress("forgetful");
        using var browser = new BrowserSession(server);
        using (await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/signup", new { companyName = "Forgetful Tea", email, password = Password })) { }

        using (var resend = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/resend-confirmation", new { email }))
        {
            Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        }
        using (var unknown = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/resend-confirmation", new { email = TestMail.NewAddress("nobody") }))
        {
            Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        }

        var mails = await server.MailsToAsync(email);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, mail => Assert.Equal("Confirm your email address", mail.Subject));
    }
}
