using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class MailDeliveryTests(ServerFixture server)
{
    [Fact]
    public async Task With_SMTP_configured_queued_mail_is_delivered_once_and_marked_so()
    {
        await using var smtp = new SmtpSink();
        await using var node = NodeSendingTo(smtp.Port);
        var tenant = await server.CreateTenantAsync("Mailed Tea");
        using var browser = new BrowserSession(node);

        using (var forgot = await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/forgot-password", new { email = tenant.OwnerEmail }))
        {
            Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        }

        await Eventually.UntilAsync(() => DeliveredAsync(tenant.OwnerEmail), delivered => delivered, "the reset mail to be marked delivered");
        var message = Assert.Single(smtp.Messages, m => m.Contains(tenant.OwnerEmail, StringComparison.Ordinal));
        Assert.Contains("Subject: Reset your password", message);
        Assert.Contains("/reset-password#userId=", message);
    }

    [Fact]
    public async Task A_mail_the_SMTP_server_cannot_take_stays_queued_with_its_error_and_goes_out_later()
    {
        var tenant = await server.CreateTenantAsync("Bounced Tea");
        int port;
        await using (var closed = new SmtpSink()) port = closed.Port;
        await using (var unreachable = NodeSendingTo(port))
        {
            using var browser = new BrowserSession(unreachable);
            using (await browser.SendAsync(HttpMethod.Post, "/api/v1/auth/forgot-password", new { email = tenant.OwnerEmail })) { }
            await Eventually.UntilAsync(() => LastErrorAsync(tenant.OwnerEmail), error => error is not null, "a failed attempt");
        }
        Assert.False(await DeliveredAsync(tenant.OwnerEmail));

        await using var smtp = new SmtpSink();
        await using var node = NodeSendingTo(smtp.Port);
        _ = node.Server;
        await Eventually.UntilAsync(() => DeliveredAsync(tenant.OwnerEmail), delivered => delivered, "the retried mail to be delivered");
        Assert.Single(smtp.Messages, m => m.Contains(tenant.OwnerEmail, StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> NodeSendingTo(int port) => server.AnotherNode("mail-node",
        ("Mail:Smtp:Host", "127.0.0.1"),
        ("Mail:Smtp:Port", port.ToString(CultureInfo.InvariantCulture)),
        ("Mail:Smtp:EnableSsl", "false"),
        ("Mail:DeliveryPollInterval", "00:00:00.100"),
        ("Mail:RetryDelay", "00:00:00.200"));

    private Task<bool> DeliveredAsync(string recipient) =>
        server.ScalarAsync<bool>("SELECT bool_and(delivered_at IS NOT NULL) FROM mail_outbox WHERE recipient = $1", recipient);

    private Task<string?> LastErrorAsync(string recipient) =>
        server.ScalarAsync<string?>("SELECT max(last_error) FROM mail_outbox WHERE recipient = $1", recipient);
}
