using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Identity;

/// <summary>Cookie sign-in for the SPA: <c>/api/v1/auth/*</c>.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            AntiforgeryCheck.Issue(http, antiforgery);
            return TypedResults.NoContent();
        }).WithSummary("Issue the XSRF-TOKEN cookie for state-changing calls");
        auth.MapPost("/login", LoginAsync).AddEndpointFilter<AntiforgeryCheck>().RequireRateLimiting(RateLimits.Auth)
            .WithSummary("Sign in with email and password; 202 asks for a two-factor code");
        auth.MapPost("/login/two-factor", LoginTwoFactorAsync).AddEndpointFilter<AntiforgeryCheck>().RequireRateLimiting(RateLimits.Auth)
            .WithSummary("Finish a two-factor sign-in with the authenticator's code or a recovery code");
        auth.MapPost("/logout", LogoutAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization().WithSummary("Sign out");
        auth.MapPost("/logout-everywhere", LogoutEverywhereAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization()
            .WithSummary("Sign out of every session of this user, on every device");
        auth.MapGet("/me", MeAsync).RequireAuthorization().WithSummary("The signed-in user");
        var anonymous = auth.MapGroup("").AddEndpointFilter<AntiforgeryCheck>().RequireRateLimiting(RateLimits.Auth);
        anonymous.MapSignUp().MapPasswordReset();
        auth.MapGroup("/two-factor").RequireAuthorization().MapTwoFactor();
        return api;
    }

    private static async Task<Results<Ok<CurrentUser>, Accepted<TwoFactorChallenge>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, TenantDirectory tenants, HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Email and password are required."] });
        }
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(request.Email.Trim());
        SignInResult result;
        if (user is null)
        {
            // As long as a real check, so the time taken does not tell which addresses have accounts.
            users.PasswordHasher.HashPassword(new AppUser(), request.Password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        }
        // Identity refuses an unconfirmed address before it checks the password; say so only to who knows the
        // password, and count a wrong one towards the lockout as for any account.
        if (result.IsNotAllowed && !await users.IsLockedOutAsync(user!))
        {
            if (await users.CheckPasswordAsync(user!, request.Password))
            {
                return TypedResults.Problem("Confirm your email address with the link we mailed you, or ask for a new link.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Email not confirmed", type: "urn:saas:problem:email-not-confirmed");
            }
            await users.AccessFailedAsync(user!);
        }
        // A locked account answers as a wrong password does: a 423 would tell which addresses have accounts.
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                "The email or password is wrong. After 5 failed attempts the account is locked for 15 minutes; a password reset unlocks it.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
        if (user!.TenantId is { } tenantId && (await tenants.FindAsync(tenantId, ct))?.Status != Tenant.Active)
        {
            return TypedResults.Problem("Your company's account is suspended; contact the platform's support.",
                statusCode: StatusCodes.Status403Forbidden, title: "Account suspended", type: "urn:saas:problem:account-suspended");
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, TwoFactorPending(user));
            return TypedResults.Accepted((string?)null, new TwoFactorChallenge(true));
        }
        await signIn.SignInAsync(user, isPersistent: true);
        return TypedResults.Ok(await CompleteSignInAsync(user, signIn, tenants, http, antiforgery, ct));
    }

    /// <summary>The second step for accounts with two-factor sign-in, after <c>/login</c> answered 202.</summary>
    private static async Task<Results<Ok<CurrentUser>, ValidationProblem, ProblemHttpResult>> LoginTwoFactorAsync(
        TwoFactorLoginRequest request, SignInManager<AppUser> signIn, TenantDirectory tenants, HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        var code = request.Code?.Replace(" ", "", StringComparison.Ordinal);
        var recoveryCode = request.RecoveryCode?.Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(code) == string.IsNullOrEmpty(recoveryCode))
        {
            return AccountProblems.Invalid("code", "Send either the authenticator's code or a recovery code.");
        }
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return TypedResults.Problem("Sign in with your email and password first; the two-factor step expires after five minutes.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in expired");
        }
        var result = string.IsNullOrEmpty(code)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode!)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: true, rememberClient: false);
        if (result.IsLockedOut) return Locked();
        if (!result.Succeeded)
        {
            return TypedResults.Problem("The code is wrong or has expired.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
        return TypedResults.Ok(await CompleteSignInAsync(user, signIn, tenants, http, antiforgery, ct));
    }

    /// <summary>What Identity's SignInManager stores between the password and the code: the user's id, in a short-lived cookie.</summary>
    private static ClaimsPrincipal TwoFactorPending(AppUser user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme));

    /// <summary>The new session's antiforgery token belongs to the signed-in user, so it is issued again.</summary>
    private static async Task<CurrentUser> CompleteSignInAsync(
        AppUser user, SignInManager<AppUser> signIn, TenantDirectory tenants, HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        http.User = await signIn.CreateUserPrincipalAsync(user);
        AntiforgeryCheck.Issue(http, antiforgery);
        return await DescribeAsync(user, signIn.UserManager, tenants, ct);
    }

    private static ProblemHttpResult Locked() =>
        TypedResults.Problem("Too many failed attempts; try again later, or reset your password.", statusCode: StatusCodes.Status423Locked, title: "Account locked");

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>A new security stamp invalidates every cookie issued before it at their next check.</summary>
    private static async Task<Results<NoContent, UnauthorizedHttpResult>> LogoutEverywhereAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is null) return TypedResults.Unauthorized();
        await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult>> MeAsync(
        HttpContext http, UserManager<AppUser> users, TenantDirectory tenants, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await DescribeAsync(user, users, tenants, ct));
    }

    private static async Task<CurrentUser> DescribeAsync(AppUser user, UserManager<AppUser> users, TenantDirectory tenants, CancellationToken ct)
    {
        var tenant = user.TenantId is { } id ? await tenants.FindAsync(id, ct) : null;
        return new CurrentUser(user.Email!, tenant?.Id, tenant?.Name, [.. await users.GetRolesAsync(user)]);
    }
}
