using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class MemberTests(ServerFixture server)
{
    private const string ManagerPassword = "manager-secret-2026";

    [Fact]
    public async Task An_invited_account_manager_joins_by_the_mailed_link_and_sees_the_tenant_but_not_its_settings()
    {
        var tenant = await server.CreateTenantAsync("Invite Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var email = TestMail.NewAddress("manager");
        var token = await InviteAsync(server, owner, email);

        using var manager = new BrowserSession(server);
        var preview = await HttpJson.ReadAsync(await manager.SendAsync(HttpMethod.Post, "/api/v1/invitations/preview", new { token }));
        Assert.Equal("Invite Tea", preview.GetProperty("tenantName").GetString());
        Assert.Equal(email, preview.GetProperty("email").GetString());
        using (var weak = await manager.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = "short" }))
        {
            Assert.Equal(["password"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(weak, HttpStatusCode.BadRequest)));
        }
        using (var accept = await manager.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = ManagerPassword }))
        {
            Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        }
        using (var reused = await manager.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = ManagerPassword }))
        {
            await HttpJson.ReadProblemAsync(reused, HttpStatusCode.BadRequest);
        }

        using (var login = await manager.LoginAsync(email, ManagerPassword))
        {
            var me = await HttpJson.ReadAsync(login);
            Assert.Equal(tenant.Id, me.GetProperty("tenantId").GetString());
            Assert.Equal(["AccountManager"], HttpJson.Strings(me.GetProperty("roles")));
        }
        await manager.GetJsonAsync("/api/v1/segments/counts");
        using (var keys = await manager.Http.GetAsync("/api/v1/connectors/keys"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        }
        using (var members = await manager.Http.GetAsync("/api/v1/members"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, members.StatusCode);
        }
        var list = await owner.GetJsonAsync("/api/v1/members");
        Assert.Contains(list.GetProperty("members").EnumerateArray(),
            m => m.GetProperty("email").GetString() == email && m.GetProperty("role").GetString() == "AccountManager");
        Assert.Equal(0, list.GetProperty("invitations").GetArrayLength());
    }

    [Fact]
    public async Task A_removed_member_loses_their_session_and_cannot_sign_in_again()
    {
        var tenant = await server.CreateTenantAsync("Remove Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var email = TestMail.NewAddress("leaver");
        using var manager = await JoinAsync(server, owner, email);
        var memberId = (await owner.GetJsonAsync("/api/v1/members")).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("email").GetString() == email).GetProperty("id").GetString();

        using (var removed = await owner.SendAsync(HttpMethod.Delete, $"/api/v1/members/{memberId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using (var session = await manager.Http.GetAsync("/api/v1/segments/counts"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        }
        using (var login = await manager.LoginAsync(email, ManagerPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        }
        var audit = await (await BrowserSession.SignInAsAdminAsync(server)).GetJsonAsync($"/api/v1/admin/audit?search={tenant.Id}");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "member.remove"
                                                     && e.GetProperty("actorEmail").GetString() == tenant.OwnerEmail);
    }

    [Fact]
    public async Task The_owner_cannot_be_removed_and_a_taken_address_or_an_unknown_field_cannot_be_invited()
    {
        var tenant = await server.CreateTenantAsync("Owner Stays Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var ownerId = (await owner.GetJsonAsync("/api/v1/members")).GetProperty("members")[0].GetProperty("id").GetString();

        using (var self = await owner.SendAsync(HttpMethod.Delete, $"/api/v1/members/{ownerId}"))
        {
            await HttpJson.ReadProblemAsync(self, HttpStatusCode.Conflict);
        }
        // Inviting does not tell whether the address has an account; accepting refuses a taken one.
        var takenToken = await InviteAsync(server, owner, tenant.OwnerEmail);
        using (var taken = await new BrowserSession(server).SendAsync(HttpMethod.Post, "/api/v1/invitations/accept",
                   new { token = takenToken, password = ManagerPassword }))
        {
            await HttpJson.ReadProblemAsync(taken, HttpStatusCode.Conflict);
        }
        using (var malformed = await owner.SendAsync(HttpMethod.Post, "/api/v1/members/invitations", new { email = "nope" }))
        {
            Assert.Equal(["email"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(malformed, HttpStatusCode.BadRequest)));
        }
        using var asOwner = await owner.SendAsync(HttpMethod.Post, "/api/v1/members/invitations",
            new { email = TestMail.NewAddress("promoted"), role = "TenantOwner" });
        Assert.Contains("'role'", (await HttpJson.ReadProblemAsync(asOwner, HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT count(*) FROM invitations WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(1, await server.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "TenantId" = $1""", tenant.Id));
    }

    [Fact]
    public async Task Expired_and_revoked_invitations_do_not_work()
    {
        var tenant = await server.CreateTenantAsync("Expiry Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var expiredToken = await InviteAsync(server, owner, TestMail.NewAddress("late"));
        await server.ScalarAsync<int>("UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE tenant_id = $1", tenant.Id);
        var revokedEmail = TestMail.NewAddress("unwanted");
        var revokedToken = await InviteAsync(server, owner, revokedEmail);
        var revokedId = (await owner.GetJsonAsync("/api/v1/members")).GetProperty("invitations").EnumerateArray()
            .Single(i => i.GetProperty("email").GetString() == revokedEmail).GetProperty("id").GetString();
        using (var revoke = await owner.SendAsync(HttpMethod.Delete, $"/api/v1/members/invitations/{revokedId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var stranger = new BrowserSession(server);
        foreach (var token in new[] { expiredToken, revokedToken, "inv_made-up" })
        {
            using var accept = await stranger.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = ManagerPassword });
            Assert.Equal("Invalid or expired link", (await HttpJson.ReadProblemAsync(accept, HttpStatusCode.BadRequest)).GetProperty("title").GetString());
        }
        Assert.Equal(1, await server.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "TenantId" = $1""", tenant.Id));
    }

    /// <returns>The token of the mailed invitation link.</returns>
    public static async Task<string> InviteAsync(ServerFixture server, BrowserSession owner, string email)
    {
        using var invite = await owner.SendAsync(HttpMethod.Post, "/api/v1/members/invitations", new { email });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        return (await server.LatestMailToAsync(email)).LinkSecrets()["token"];
    }

    /// <returns>The session of an account manager who joined the owner's tenant by the mailed invitation.</returns>
    public static async Task<BrowserSession> JoinAsync(ServerFixture server, BrowserSession owner, string email)
    {
        var token = await InviteAsync(server, owner, email);
        var manager = new BrowserSession(server);
        using (var accept = await manager.SendAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, password = ManagerPassword }))
        {
            Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        }
        using var login = await manager.LoginAsync(email, ManagerPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return manager;
    }
}
