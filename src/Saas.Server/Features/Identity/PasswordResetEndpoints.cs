using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Admin;

namespace Saas.Server.Features.Identity;

/// <summary>Password reset by a mailed, expiring link. A reset ends every session of the account and lifts a lockout.</summary>
public static class PasswordResetEndpoints
{
    public static RouteGroupBuilder MapPasswordReset(this RouteGroupBuilder auth)
    {
        auth.MapPost("/forgot-password", ForgotAsync).WithSummary("Mail a password reset link, if the address has an account");
        auth.MapPost("/reset-password", ResetAsync).WithSummary("Set a new password with the code from the mailed link");
        return auth;
    }

    private static async Task<Accepted> ForgotAsync(EmailRequest request, UserManager<AppUser> users, AccountMails mails, CancellationToken ct)
    {
        if (SignUpEndpoints.IsEmail(request.Email) && await users.FindByEmailAsync(request.Email.Trim()) is { } user)
        {
            await mails.ResetPasswordAsync(user, ct);
        }
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetAsync(
        ResetPasswordRequest request, UserManager<AppUser> users, AuditLog audit, HttpContext http, CancellationToken ct)
    {
        if (await users.ProblemsAsync(request.NewPassword) is { Length: > 0 } problems) return AccountProblems.Invalid("newPassword", problems);
        var user = string.IsNullOrEmpty(request.UserId) ? null : await users.FindByIdAsync(request.UserId);
        if (user is null || string.IsNullOrEmpty(request.Code) || !(await users.ResetPasswordAsync(user, request.Code, request.NewPassword)).Succeeded)
        {
            return AccountProblems.InvalidLink();
        }
        // The link proves the mailbox, as a confirmation would.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(http, "user.password-reset", $"user/{user.Id}", user.TenantId, ct, actor: user);
        return TypedResults.NoContent();
    }
}
