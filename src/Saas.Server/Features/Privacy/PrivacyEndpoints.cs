using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Privacy;

/// <summary>GDPR for the tenant's owner: export one customer's data, erase a customer.</summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder api)
    {
        var customer = api.MapGroup("/customers/{id}").WithTags("Customers")
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).RequireRateLimiting(RateLimits.Tenant);
        customer.MapGet("/export", ExportAsync).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Download everything held about the customer as JSON (GDPR access request)");
        customer.MapDelete("/", EraseAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Erase the customer: events, state, identities and every read-model row (GDPR erasure); audited");
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string id, HttpContext http, TenantScope scope, CustomerExport export, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        if (await export.ExportAsync(tx, tenantId, id, ct) is not { } data) return CustomerEndpoints.NotFound();
        var body = JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions(json.Value.SerializerOptions) { WriteIndented = true });
        return TypedResults.File(body, "application/json", $"customer-{id}.json");
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> EraseAsync(
        string id, [FromBody] ErasureRequest request, HttpContext http, CustomerErasure erasure, CancellationToken ct)
    {
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ErasureRequest.MaxReasonLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [$"Say why the customer is erased (at most {ErasureRequest.MaxReasonLength} characters)."],
            });
        }
        var requestedBy = http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity?.Name ?? "owner";
        return await erasure.EraseAsync(SaasClaims.TenantOf(http.User)!, id, requestedBy, reason, ct)
            ? TypedResults.NoContent()
            : CustomerEndpoints.NotFound();
    }
}
