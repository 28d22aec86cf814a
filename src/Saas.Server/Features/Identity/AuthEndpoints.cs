using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Saas.Server.Features.Tenants;

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
        auth.MapPost("/login", LoginAsync).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Sign in with email and password");
        auth.MapPost("/logout", LogoutAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization().WithSummary("Sign out");
        auth.MapPost("/logout-everywhere", LogoutEverywhereAsync).AddEndpointFilter<AntiforgeryCheck>().RequireAuthorization()
            .WithSummary("Sign out of every session of this user, on every device");
        auth.MapGet("/me", MeAsync).RequireAuthorization().WithSummary("The signed-in user");
        return api;
    }

    private static async Task<Results<Ok<CurrentUser>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, TenantDirectory tenants, HttpContext http, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Email and password are required."] });
        }
        var user = await signIn.UserManager.FindByEmailAsync(request.Email.Trim());
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many failed attempts; try again later.", statusCode: StatusCodes.Status423Locked, title: "Account locked");
        }
        if (!result.Succeeded)
        {
            return TypedResults.Problem("The email or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
        if (user!.TenantId is { } tenantId && (await tenants.FindAsync(tenantId, ct))?.Status != Tenant.Active)
        {
            return TypedResults.Problem("Your company's account is suspended; contact the platform's support.",
                statusCode: StatusCodes.Status403Forbidden, title: "Account suspended");
        }
        await signIn.SignInAsync(user, isPersistent: true);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        http.User = principal;
        AntiforgeryCheck.Issue(http, antiforgery);
        return TypedResults.Ok(await DescribeAsync(user, signIn.UserManager, tenants, ct));
    }

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
