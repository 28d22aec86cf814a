using System.Security.Claims;

namespace Saas.Server.Features.Identity;

public static class SaasClaims
{
    public const string TenantId = "saas:tenant";
    public const string TenantStatus = "saas:tenant_status";
    public const string ApiKeyId = "saas:api_key";

    /// <summary>The caller's tenant: from the signed-in user or the API key, never from the request.</summary>
    public static string? TenantOf(ClaimsPrincipal user) => user.FindFirstValue(TenantId);
}
