using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Connectors;

/// <summary>
/// <c>/api/v1/connectors/keys</c>: the owner creates, lists and revokes the tenant's ingestion keys, inside the
/// tenant's row-level-security scope. A revoked key is refused from the next request on.
/// </summary>
public static class ApiKeyEndpoints
{
    private const int MaxNameLength = 100;

    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/connectors/keys").WithTags("Connectors").RequireAuthorization(IdentitySetup.TenantOwnerPolicy).RequireRateLimiting(RateLimits.Tenant);
        keys.MapGet("/", ListAsync).WithSummary("The tenant's API keys (never the keys themselves)");
        keys.MapPost("/", CreateAsync).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Create an API key; the answer shows it once");
        keys.MapDelete("/{id}", RevokeAsync).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Revoke an API key");
        return api;
    }

    private static async Task<Ok<ApiKeySummary[]>> ListAsync(HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command(
            "SELECT id, name, key_prefix, created_at, last_used_at, revoked_at FROM api_keys WHERE tenant_id = $1 ORDER BY created_at DESC");
        cmd.Parameters.AddWithValue(tenantId);
        var keys = new List<ApiKeySummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(new ApiKeySummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return TypedResults.Ok(keys.ToArray());
    }

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest request, HttpContext http, TenantScope scope, AuditLog audit, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"A name of 1 to {MaxNameLength} characters is required."] });
        }
        var key = ApiKeys.Generate();
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var (id, createdAt) = await ApiKeys.InsertAsync(tx, tenantId, name, key, ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "apikey.create", $"apikey/{id}", tenantId, ct);
        return TypedResults.Created($"/api/v1/connectors/keys/{id}", new CreatedApiKey(id, name, key, ApiKeys.PrefixOf(key), createdAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id, HttpContext http, TenantScope scope, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND tenant_id = $2");
        cmd.Parameters.AddWithValue(id);
        cmd.Parameters.AddWithValue(tenantId);
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
        {
            return TypedResults.Problem("This tenant has no API key with that id.", statusCode: StatusCodes.Status404NotFound, title: "API key not found");
        }
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "apikey.revoke", $"apikey/{id}", tenantId, ct);
        return TypedResults.NoContent();
    }
}
