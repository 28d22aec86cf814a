using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Grains.Hosting;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Members;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Customers;

/// <summary><c>/api/v1/customers</c>: the tenant's customers, filtered and paged, and each one's profile.</summary>
public static class CustomerEndpoints
{
    public static RouteGroupBuilder MapCustomers(this RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        customers.MapGet("/", ListAsync).WithSummary("Customers, filtered and sorted, one page at a time");
        customers.MapGet("/{id}", ProfileAsync).WithSummary("A customer's profile: value, scores and why, behaviour, history, alerts");
        customers.MapPut("/{id}/manager", AssignAsync).AddEndpointFilter<AntiforgeryCheck>()
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy)
            .WithSummary("Assign the customer to an account manager (null unassigns)");
        return api;
    }

    private static async Task<Results<Ok<CustomerPage>, ValidationProblem>> ListAsync(
        HttpContext http, TenantScope scope, CancellationToken ct,
        string? segment = null, string? abc = null, string? stage = null, string? manager = null, string? search = null,
        string sort = CustomerFilter.DefaultSort, int limit = 50, int offset = 0)
    {
        var filter = new CustomerFilter(segment, abc, stage, manager == "me" ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : manager,
            search, sort, limit, offset);
        if (filter.Validate() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        await using var tx = await scope.BeginAsync(SaasClaims.TenantOf(http.User)!, ct);
        return TypedResults.Ok(await CustomerQueries.ListAsync(tx, SaasClaims.TenantOf(http.User)!, filter, ct));
    }

    private static async Task<Results<Ok<CustomerProfile>, ProblemHttpResult>> ProfileAsync(
        string id, HttpContext http, TenantScope scope, GrainRuntime grains, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return await CustomerProfiles.ReadAsync(tx, grains, tenantId, id, ct) is { } profile ? TypedResults.Ok(profile) : NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> AssignAsync(
        string id, ManagerAssignment assignment, HttpContext http, TenantScope scope, TenantMembers members, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (assignment.AccountManagerId is { } managerId && !(await members.ListAsync(tenantId, ct)).Any(m => m.Id == managerId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["accountManagerId"] = ["Not a member of this tenant."] });
        }
        await using var tx = await scope.BeginAsync(tenantId, ct);
        if (!await CustomerQueries.AssignManagerAsync(tx, tenantId, id, assignment.AccountManagerId, ct)) return NotFound();
        await tx.CommitAsync(ct);
        await audit.RecordAsync(http, "customer.assign", $"customer/{id} -> {assignment.AccountManagerId ?? "nobody"}", tenantId, ct);
        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult NotFound() =>
        TypedResults.Problem("This tenant has no customer with that id.", statusCode: StatusCodes.Status404NotFound, title: "Customer not found");
}
