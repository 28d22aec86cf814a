using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Identities;

/// <summary><c>/api/v1/customers/{id}/identities</c> and the owner's split of a wrong merge.</summary>
public static class IdentityEndpoints
{
    public static RouteGroupBuilder MapIdentities(this RouteGroupBuilder api)
    {
        var customer = api.MapGroup("/customers/{id}").WithTags("Customers")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        customer.MapGet("/identities", ListAsync).WithSummary("How the customer is recognised, and the source customers merged into it");
        customer.MapPost("/merges/{mergeId:long}/split", SplitAsync).AddEndpointFilter<AntiforgeryCheck>()
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy)
            .WithSummary("Undo a merge: the source customer gets its own record and history back");
        return api;
    }

    private static async Task<Results<Ok<CustomerIdentities>, ProblemHttpResult>> ListAsync(
        string id, HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        if (await CustomerQueries.FindAsync(tx, tenantId, id, ct) is null) return CustomerEndpoints.NotFound();
        return TypedResults.Ok(await IdentityQueries.OfAsync(tx, tenantId, id, ct));
    }

    private static async Task<Results<Ok<SplitResult>, ProblemHttpResult>> SplitAsync(
        string id, long mergeId, HttpContext http, CustomerSplit split, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var requestedBy = http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity?.Name ?? "owner";
        if (await split.SplitAsync(tenantId, id, mergeId, requestedBy, ct) is not { } source)
        {
            return TypedResults.Problem("This customer has no such merge in force.", statusCode: StatusCodes.Status404NotFound, title: "Merge not found");
        }
        await audit.RecordAsync(http, "customer.split", $"customer/{id} merge/{mergeId} -> customer/{source}", tenantId, ct);
        return TypedResults.Ok(new SplitResult(source));
    }
}
