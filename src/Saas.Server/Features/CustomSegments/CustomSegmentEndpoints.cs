using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Saas.Domain.Segments;
using Saas.Server.Features.Admin;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// <c>/api/v1/segments/custom</c>: the tenant's own segments, each a rule over the customer fields (docs/SEGMENTS.md).
/// Members read them, preview a rule's customers and page through a segment's members; the owner writes them.
/// </summary>
public static class CustomSegmentEndpoints
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;

    public static RouteGroupBuilder MapCustomSegments(this RouteGroupBuilder api)
    {
        var custom = api.MapGroup("/segments/custom").WithTags("Custom segments")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        custom.MapGet("/", ListAsync).WithSummary("The tenant's custom segments with their member counts");
        custom.MapGet("/fields", () => TypedResults.Ok(SegmentFields.Catalogue)).WithSummary("The fields a rule may use: kind, values, meaning");
        custom.MapGet("/{id:long}", GetAsync).WithSummary("A custom segment with its rule");
        custom.MapGet("/{id:long}/customers", MembersAsync).WithSummary("A custom segment's members, newest first, one page at a time");
        custom.MapPost("/preview", PreviewAsync).Accepts<RulePreviewRequest>("application/json").AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("How many customers a rule takes now, and the ten with the most revenue");
        custom.MapPost("/", CreateAsync).Accepts<CustomSegmentInput>("application/json").AddEndpointFilter<AntiforgeryCheck>()
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).WithSummary("Create a segment; its existing customers are matched at once");
        custom.MapPut("/{id:long}", UpdateAsync).Accepts<CustomSegmentInput>("application/json").AddEndpointFilter<AntiforgeryCheck>()
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).WithSummary("Change a segment; its customers are matched again at once");
        custom.MapDelete("/{id:long}", DeleteAsync).AddEndpointFilter<AntiforgeryCheck>()
            .RequireAuthorization(IdentitySetup.TenantOwnerPolicy).WithSummary("Delete a segment");
        return api;
    }

    private static async Task<Ok<CustomSegmentList>> ListAsync(HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return TypedResults.Ok(await CustomSegmentStore.ListAsync(tx, tenantId, ct));
    }

    private static async Task<Results<Ok<CustomSegmentView>, ProblemHttpResult>> GetAsync(long id, HttpContext http, TenantScope scope, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return await CustomSegmentStore.FindAsync(tx, tenantId, id, ct) is { } segment ? TypedResults.Ok(segment) : NotFound();
    }

    private static async Task<Results<Ok<SegmentCustomerPage>, ValidationProblem, ProblemHttpResult>> MembersAsync(
        long id, HttpContext http, TenantScope scope, CancellationToken ct, int limit = 50, int offset = 0)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > 200) errors["limit"] = ["Between 1 and 200."];
        if (offset < 0) errors["offset"] = ["Zero or more."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return await CustomSegmentQueries.MembersAsync(tx, tenantId, id, limit, offset, ct) is { } page ? TypedResults.Ok(page) : NotFound();
    }

    private static async Task<Results<Ok<RulePreview>, ValidationProblem>> PreviewAsync(
        HttpContext http, TenantScope scope, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var request = await RuleBodies.ReadAsync<RulePreviewRequest>(http, json.Value.SerializerOptions, errors, ct);
        if (request is not null) RuleBodies.Validate(request.Rule, errors);
        if (errors.Count > 0) return Invalid(errors);
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        return TypedResults.Ok(await CustomSegmentQueries.PreviewAsync(tx, tenantId, request!.Rule, DateTimeOffset.UtcNow, ct));
    }

    private static async Task<Results<Created<CustomSegmentView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, CustomSegmentWriter writer, IOptions<JsonOptions> json, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var errors = new Dictionary<string, string[]>();
        if (await ReadInputAsync(http, json.Value, errors, ct) is not { } input) return Invalid(errors);
        var outcome = await writer.CreateAsync(tenantId, input, ct);
        if (outcome.Saved is not { } saved) return Refused(outcome.Refusal!.Value, input);
        await audit.RecordAsync(http, "segment.custom.create", $"segments/custom/{saved.Id}", tenantId, ct);
        return TypedResults.Created($"/api/v1/segments/custom/{saved.Id}", saved);
    }

    private static async Task<Results<Ok<CustomSegmentView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, HttpContext http, CustomSegmentWriter writer, IOptions<JsonOptions> json, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var errors = new Dictionary<string, string[]>();
        if (await ReadInputAsync(http, json.Value, errors, ct) is not { } input) return Invalid(errors);
        var outcome = await writer.UpdateAsync(tenantId, id, input, ct);
        if (outcome.Saved is not { } saved) return Refused(outcome.Refusal!.Value, input);
        await audit.RecordAsync(http, "segment.custom.update", $"segments/custom/{id}", tenantId, ct);
        return TypedResults.Ok(saved);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, HttpContext http, CustomSegmentWriter writer, AuditLog audit, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (!await writer.DeleteAsync(tenantId, id, ct)) return NotFound();
        await audit.RecordAsync(http, "segment.custom.delete", $"segments/custom/{id}", tenantId, ct);
        return TypedResults.NoContent();
    }

    /// <returns>The input, or null with <paramref name="errors"/> keyed by path.</returns>
    private static async Task<CustomSegmentInput?> ReadInputAsync(HttpContext http, JsonOptions json, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var input = await RuleBodies.ReadAsync<CustomSegmentInput>(http, json.SerializerOptions, errors, ct);
        if (input is null) return null;
        if (string.IsNullOrWhiteSpace(input.Name)) errors["name"] = ["Required."];
        else if (input.Name.Trim().Length > MaxNameLength) errors["name"] = [$"At most {MaxNameLength} characters."];
        if (input.Description is { Length: > MaxDescriptionLength }) errors["description"] = [$"At most {MaxDescriptionLength} characters."];
        RuleBodies.Validate(input.Rule, errors);
        return errors.Count == 0 ? input : null;
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The segment is not valid", detail: "Nothing was saved; fix the fields listed and send again.");

    private static ProblemHttpResult Refused(SaveRefusal refusal, CustomSegmentInput input) => refusal switch
    {
        SaveRefusal.NameTaken => TypedResults.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["name"] = [$"Another segment is already called '{input.Name.Trim()}'."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The segment is not valid",
        }),
        SaveRefusal.LimitReached => TypedResults.Problem($"A tenant has at most {CustomSegmentStore.MaxPerTenant} custom segments; delete one first.",
            statusCode: StatusCodes.Status409Conflict, title: "Too many segments"),
        _ => NotFound(),
    };

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem("This tenant has no custom segment with that id.", statusCode: StatusCodes.Status404NotFound, title: "Segment not found");
}
