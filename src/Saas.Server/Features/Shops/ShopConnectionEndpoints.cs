using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Shops;

/// <summary>
/// <c>/api/v1/shops/connections</c>: the owner connects shops. Each connection has its own API key (for the REST
/// path) and, for Shopify and WooCommerce, a webhook URL and signing secret; deleting it revokes both.
/// </summary>
public static partial class ShopConnectionEndpoints
{
    private const int MaxNameLength = 100;
    private const int MinSecretLength = 16;
    private const int MaxSecretLength = 256;

    public static RouteGroupBuilder MapShopConnections(this RouteGroupBuilder api)
    {
        var connections = api.MapGroup("/shops/connections").WithTags("Shops")
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).RequireRateLimiting(RateLimits.Tenant);
        connections.MapGet("/", ListAsync).WithSummary("The tenant's shop connections (never their secrets or keys)");
        connections.MapPost("/", CreateAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Connect a shop; the answer shows its webhook secret and API key once");
        connections.MapPut("/{id}/secret", ReplaceSecretAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Replace the webhook secret with the one the shop signs with (e.g. Shopify's admin webhooks key)");
        connections.MapDelete("/{id}", DeleteAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Disconnect a shop: its webhooks are refused and its API key revoked");
        return api;
    }

    private static async Task<Ok<ShopConnectionSummary[]>> ListAsync(HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("""
            SELECT c.id, c.platform, c.name, c.shop_domain, k.key_prefix, c.created_at, c.last_received_at
            FROM shop_connections c JOIN api_keys k ON k.id = c.api_key_id
            WHERE c.tenant_id = $1 ORDER BY c.created_at DESC
            """);
        cmd.Parameters.AddWithValue(tenantId);
        var connections = new List<ShopConnectionSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (id, platform) = (reader.GetString(0), reader.GetString(1));
            connections.Add(new ShopConnectionSummary(id, platform, reader.GetString(2), reader.GetStringOrNull(3), WebhookUrl(http, platform, id),
                ApiUrl(http), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return TypedResults.Ok(connections.ToArray());
    }

    private static async Task<Results<Created<CreatedShopConnection>, ValidationProblem>> CreateAsync(
        CreateShopConnectionRequest request, HttpContext http, TenantScope scope, ShopConnectionStore store, AuditLog audit, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        var domain = request.ShopDomain?.Trim().ToLowerInvariant();
        var errors = new Dictionary<string, string[]>();
        if (!ShopPlatforms.All.Contains(request.Platform)) errors["platform"] = [$"One of: {string.Join(", ", ShopPlatforms.All)}."];
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength) errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        if (request.Platform == ShopPlatforms.Shopify && (domain is null || !ShopifyDomain().IsMatch(domain)))
            errors["shopDomain"] = ["The shop's domain, e.g. my-shop.myshopify.com, is required for Shopify."];
        else if (request.Platform != ShopPlatforms.Shopify && domain is not null) errors["shopDomain"] = ["Only Shopify connections have a shop domain."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var tenantId = SaasClaims.TenantOf(http.User)!;
        var id = Guid.NewGuid().ToString("N");
        var secret = ShopPlatforms.SendsWebhooks(request.Platform) ? WebhookSecrets.Generate() : null;
        var key = ApiKeys.Generate();
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var createdAt = await store.InsertAsync(tx, tenantId, new NewShopConnection(id, request.Platform, name!, domain, secret), key, ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "shop.connect", $"shop/{id}", tenantId, ct);
        return TypedResults.Created($"/api/v1/shops/connections/{id}", new CreatedShopConnection(
            id, request.Platform, name!, domain, WebhookUrl(http, request.Platform, id), secret, ApiUrl(http), key, createdAt));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReplaceSecretAsync(
        string id, ReplaceWebhookSecretRequest request, HttpContext http, TenantScope scope, WebhookSecrets secrets, AuditLog audit, CancellationToken ct)
    {
        var secret = request.Secret?.Trim();
        if (secret is null || secret.Length is < MinSecretLength or > MaxSecretLength || secret.Any(char.IsControl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["secret"] = [$"The secret the shop signs with: {MinSecretLength} to {MaxSecretLength} printable characters."],
            });
        }
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command(
            "UPDATE shop_connections SET secret_protected = $3 WHERE id = $1 AND tenant_id = $2 AND secret_protected IS NOT NULL");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(secrets.Protect(secret));
        if (await cmd.ExecuteNonQueryAsync(ct) == 0) return NotFound();
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "shop.secret.replace", $"shop/{id}", tenantId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HttpContext http, TenantScope scope, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("""
            WITH gone AS (DELETE FROM shop_connections WHERE id = $1 AND tenant_id = $2 RETURNING api_key_id)
            UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id IN (SELECT api_key_id FROM gone) AND tenant_id = $2
            """);
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        if (await cmd.ExecuteNonQueryAsync(ct) == 0) return NotFound();
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "shop.disconnect", $"shop/{id}", tenantId, ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem("This tenant has no shop connection with that id (a secret only exists for Shopify and WooCommerce).", statusCode: StatusCodes.Status404NotFound,
            title: "Shop connection not found");

    /// <summary>Absolute, from the request's scheme and host (behind a proxy, the forwarded ones).</summary>
    private static string? WebhookUrl(HttpContext http, string platform, string id) =>
        ShopPlatforms.SendsWebhooks(platform) ? $"{http.Request.Scheme}://{http.Request.Host}{ShopWebhooks.PathOf(platform, id)}" : null;

    private static string ApiUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}/api/v1/orders";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$")]
    private static partial Regex ShopifyDomain();
}
