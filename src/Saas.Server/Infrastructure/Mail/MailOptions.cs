using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Infrastructure.Mail;

/// <summary>Where mail goes. Without <see cref="SmtpOptions.Host"/> it stays in the outbox, readable by platform admins.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@localhost";

    /// <summary>The address users reach the product at; links in mail start with it, never with a request's Host header.</summary>
    [Required, Url]
    public string PublicUrl { get; set; } = "http://localhost:5000";

    public SmtpOptions Smtp { get; set; } = new();

    public TimeSpan DeliveryPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A mail that failed this many times is left undelivered in the outbox, with its last error.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after a first failed attempt; it doubles with each further one, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
