using Microsoft.AspNetCore.Antiforgery;

namespace Saas.Server.Features.Identity;

/// <summary>
/// Requires the antiforgery token (header X-XSRF-TOKEN, from the XSRF-TOKEN cookie) on cookie-authenticated
/// state-changing calls; a cross-site page cannot read the cookie, so it cannot send the header.
/// </summary>
public sealed class AntiforgeryCheck(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                $"Fetch GET /api/v1/auth/antiforgery and send the {CookieName} cookie's value in the {HeaderName} header.",
                statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid");
        }
        return await next(context);
    }

    /// <summary>Issues a fresh token pair: the antiforgery cookie and the script-readable request token.</summary>
    public static void Issue(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
    }
}
