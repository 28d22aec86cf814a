using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Admin;

namespace Saas.Server.Features.Identity;

/// <summary>
/// <c>/api/v1/auth/two-factor</c>: the signed-in user turns TOTP two-factor sign-in on (with an authenticator
/// app, proven by a first code) and off. Each change renews the security stamp: other sessions end, this one
/// is signed in again.
/// </summary>
public static class TwoFactorEndpoints
{
    private const string Issuer = "Customer Segments";
    private const int RecoveryCodeCount = 10;

    public static RouteGroupBuilder MapTwoFactor(this RouteGroupBuilder twoFactor)
    {
        twoFactor.MapGet("/", StatusAsync).WithSummary("Whether two-factor sign-in is on, and how many recovery codes are left");
        twoFactor.MapPost("/setup", SetupAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("A new authenticator key to scan; two-factor sign-in stays off until /enable gets a code from it");
        twoFactor.MapPost("/enable", EnableAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Turn two-factor sign-in on with a code from the authenticator; answers the recovery codes, once");
        twoFactor.MapPost("/disable", DisableAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Turn two-factor sign-in off with a current code");
        return twoFactor;
    }

    private static async Task<Results<Ok<TwoFactorStatus>, UnauthorizedHttpResult>> StatusAsync(HttpContext http, UserManager<AppUser> users)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        return TypedResults.Ok(new TwoFactorStatus(await users.GetTwoFactorEnabledAsync(user), await users.CountRecoveryCodesAsync(user)));
    }

    private static async Task<Results<Ok<AuthenticatorSetup>, UnauthorizedHttpResult, ProblemHttpResult>> SetupAsync(
        HttpContext http, SignInManager<AppUser> signIn)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return TypedResults.Problem("Two-factor sign-in is already on; turn it off first to use a new authenticator.",
                statusCode: StatusCodes.Status409Conflict, title: "Two-factor sign-in is on");
        }
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return TypedResults.Ok(new AuthenticatorSetup(InGroupsOfFour(key), uri));
    }

    private static async Task<Results<Ok<RecoveryCodes>, UnauthorizedHttpResult, ValidationProblem>> EnableAsync(
        TwoFactorCodeRequest request, HttpContext http, SignInManager<AppUser> signIn, AuditLog audit, CancellationToken ct)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        if (!await IsCurrentCodeAsync(users, user, request.Code)) return WrongCode();
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(http, "user.two-factor-on", $"user/{user.Id}", user.TenantId, ct);
        return TypedResults.Ok(new RecoveryCodes([.. codes ?? []]));
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult, ValidationProblem>> DisableAsync(
        TwoFactorCodeRequest request, HttpContext http, SignInManager<AppUser> signIn, AuditLog audit, CancellationToken ct)
    {
        var users = signIn.UserManager;
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        if (!await IsCurrentCodeAsync(users, user, request.Code)) return WrongCode();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(http, "user.two-factor-off", $"user/{user.Id}", user.TenantId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<bool> IsCurrentCodeAsync(UserManager<AppUser> users, AppUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", "", StringComparison.Ordinal));

    private static ValidationProblem WrongCode() => AccountProblems.Invalid("code", "The code is wrong or has expired; type the one your authenticator shows now.");

    private static string InGroupsOfFour(string key) =>
        string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk))).ToLower(CultureInfo.InvariantCulture);
}
