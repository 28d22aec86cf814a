using Microsoft.AspNetCore.Identity;
using Saas.Server.Infrastructure.Mail;

namespace Saas.Server.Features.Identity;

/// <summary>The mails of a user's account: confirmation, password reset, and a notice when someone signs up with a taken address.</summary>
public sealed class AccountMails(UserManager<AppUser> users, Mailbox mailbox, AccountLinks links)
{
    public async Task ConfirmEmailAsync(AppUser user, CancellationToken ct)
    {
        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.To("confirm-email", ("userId", user.Id), ("code", code));
        await SendAsync(user, "Confirm your email address", $"""
            Welcome! Confirm your email address to start using your account:

            {link}

            The link works for one day. If you did not sign up, ignore this mail.
            """, ct);
    }

    public async Task ResetPasswordAsync(AppUser user, CancellationToken ct)
    {
        var code = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.To("reset-password", ("userId", user.Id), ("code", code));
        await SendAsync(user, "Reset your password", $"""
            Someone asked to reset the password of your account. To choose a new one, open:

            {link}

            The link works for one day. If it was not you, ignore this mail; your password stays as it is.
            """, ct);
    }

    /// <summary>Sign-up answers the same whether or not the address is taken; the owner of the address learns of it here.</summary>
    public Task AlreadyRegisteredAsync(AppUser user, CancellationToken ct) =>
        SendAsync(user, "You already have an account", $"""
            Someone tried to sign up with this email address, which already has an account.
            If it was you, sign in, or reset your password here:

            {links.To("forgot-password")}
            """, ct);

    private Task SendAsync(AppUser user, string subject, string body, CancellationToken ct) =>
        mailbox.QueueAsync(new OutgoingMail(user.Email!, subject, body, user.TenantId), ct);
}
