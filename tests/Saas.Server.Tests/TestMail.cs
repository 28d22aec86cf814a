using System.Text.RegularExpressions;

namespace Saas.Server.Tests;

public sealed record SentMail(string Subject, string Body)
{
    /// <summary>The secrets in the mail's link, from its fragment (after '#').</summary>
    public IReadOnlyDictionary<string, string> LinkSecrets()
    {
        var link = Regex.Match(Body, @"https?://\S+#(\S+)");
        Assert.True(link.Success, $"The mail has no link with secrets: {Body}");
        return link.Groups[1].Value.Split('&').Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
    }
}

/// <summary>Reads the mail outbox, where mail stays when no SMTP server is configured (as in tests).</summary>
public static class TestMail
{
    public static async Task<IReadOnlyList<SentMail>> MailsToAsync(this ServerFixture server, string recipient)
    {
        await using var cmd = server.Db.CreateCommand("SELECT subject, body FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC");
        cmd.Parameters.AddWithValue(recipient);
        var mails = new List<SentMail>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) mails.Add(new SentMail(reader.GetString(0), reader.GetString(1)));
        return mails;
    }

    /// <summary>The newest mail to the address, which must exist.</summary>
    public static async Task<SentMail> LatestMailToAsync(this ServerFixture server, string recipient) =>
        (await server.MailsToAsync(recipient)).FirstOrDefault() ?? throw new InvalidOperationException($"No mail was sent to {recipient}.");

    public static string NewAddress(string who) => $"{who}-{Guid.NewGuid().ToString("N")[..10]}@example.com";
}
