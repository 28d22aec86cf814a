using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Features.Identity;

/// <summary>
/// Self-service sign-up: a company becomes a tenant with the person signing up as its owner, who confirms
/// the email address before the first sign-in. Answers never reveal whether an address has an account.
/// </summary>
public static class SignUpEndpoints
{
    private const int MaxEmailLength = 256;

    public static RouteGroupBuilder MapSignUp(this RouteGroupBuilder auth)
    {
        auth.MapPost("/signup", SignUpAsync).WithSummary("Create a company account; a confirmation mail follows");
        auth.MapPost("/confirm-email", ConfirmAsync).WithSummary("Confirm an email address with the code from the mailed link");
        auth.MapPost("/resend-confirmation", ResendAsync).WithSummary("Mail the confirmation link again");
        return auth;
    }

    private static async Task<Results<Accepted, ValidationProblem>> SignUpAsync(
        SignUpRequest request, UserManager<AppUser> users, TenantDirectory tenants, AccountMails mails, AuditLog audit, HttpContext http, CancellationToken ct)
    {
        var company = request.CompanyName?.Trim() ?? "";
        var email = request.Email?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (TenantNames.Problem(company) is { } nameProblem) errors["companyName"] = [nameProblem];
        if (!IsEmail(email)) errors["email"] = ["A valid email address is required."];
        if (await users.ProblemsAsync(request.Password) is { Length: > 0 } passwordProblems) errors["password"] = passwordProblems;
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The sign-up is incomplete");

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await mails.AlreadyRegisteredAsync(existing, ct);
            return TypedResults.Accepted((string?)null);
        }
        var tenant = await tenants.CreateAsync(TenantSlugs.From(company), company, ct);
        var owner = new AppUser { UserName = email, Email = email, TenantId = tenant.Id };
        if (!await users.TryCreateAsync(owner, request.Password))
        {
            // Lost a race with another sign-up for the same address: answer as if it had been taken before.
            await tenants.DeleteAsync(tenant.Id, ct);
            return TypedResults.Accepted((string?)null);
        }
        await users.AddToRoleAsync(owner, Roles.TenantOwner);
        await mails.ConfirmEmailAsync(owner, ct);
        await audit.RecordAsync(http, "tenant.signup", $"tenant/{tenant.Id} ({company})", tenant.Id, ct, actor: owner);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ConfirmAsync(ConfirmEmailRequest request, UserManager<AppUser> users)
    {
        var user = string.IsNullOrEmpty(request.UserId) ? null : await users.FindByIdAsync(request.UserId);
        if (user is null || string.IsNullOrEmpty(request.Code) || !(await users.ConfirmEmailAsync(user, request.Code)).Succeeded)
        {
            return AccountProblems.InvalidLink();
        }
        return TypedResults.NoContent();
    }

    private static async Task<Accepted> ResendAsync(EmailRequest request, UserManager<AppUser> users, AccountMails mails, CancellationToken ct)
    {
        if (IsEmail(request.Email) && await users.FindByEmailAsync(request.Email.Trim()) is { EmailConfirmed: false } user)
        {
            await mails.ConfirmEmailAsync(user, ct);
        }
        return TypedResults.Accepted((string?)null);
    }

    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= MaxEmailLength && new EmailAddressAttribute().IsValid(email.Trim());
}
