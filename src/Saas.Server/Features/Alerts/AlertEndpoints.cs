using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Alerts;

/// <summary>
/// <c>/api/v1/alerts</c>: churn alerts, newest first; the account managers acknowledge, snooze or resolve them with
/// a note and a follow-up date. A manager handles the alerts of their own customers and unassigned ones.
/// </summary>
public static class AlertEndpoints
{
    public static readonly string[] Statuses = ["active", "open", "acknowledged", "snoozed", "resolved", "all"];

    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts")
            .RequireAuthorization(IdentitySetup.TenantMemberPolicy).RequireRateLimiting(RateLimits.Tenant);
        alerts.MapGet("/", ListAsync).WithSummary("Churn alerts, newest first (status active = open, acknowledged, or snoozed and due again)");
        alerts.MapPost("/{id:long}/acknowledge", (long id, AlertAction action, HttpContext http, TenantScope scope, CancellationToken ct) =>
            HandleAsync(id, AlertStatus.Acknowledged, action, http, scope, ct)).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Acknowledge an alert");
        alerts.MapPost("/{id:long}/snooze", (long id, AlertAction action, HttpContext http, TenantScope scope, CancellationToken ct) =>
            HandleAsync(id, AlertStatus.Snoozed, action, http, scope, ct)).AddEndpointFilter<AntiforgeryCheck>().WithSummary("Snooze an alert until a time");
        alerts.MapPost("/{id:long}/resolve", (long id, AlertAction action, HttpContext http, TenantScope scope, CancellationToken ct) =>
            HandleAsync(id, AlertStatus.Resolved, action, http, scope, ct)).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Resolve an alert with a note (and a follow-up date)");
        return api;
    }

    private static async Task<Results<Ok<AlertPage>, ValidationProblem>> ListAsync(
        HttpContext http, TenantScope scope, CancellationToken ct, string status = "active", bool mine = false, int limit = 50, int offset = 0)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Statuses.Contains(status)) errors["status"] = [$"One of {string.Join(", ", Statuses)}."];
        if (limit is < 1 or > 200) errors["limit"] = ["Between 1 and 200."];
        if (offset < 0) errors["offset"] = ["Zero or more."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var tenantId = SaasClaims.TenantOf(http.User)!;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        var manager = mine ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return TypedResults.Ok(await AlertQueries.ListAsync(tx, tenantId, status, manager, limit, offset, ct));
    }

    private static async Task<Results<Ok<ChurnAlertView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        long id, string status, AlertAction action, HttpContext http, TenantScope scope, CancellationToken ct)
    {
        if (Invalid(status, action) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var tenantId = SaasClaims.TenantOf(http.User)!;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var anyAlert = http.User.IsInRole(Roles.TenantOwner);
        await using var tx = await scope.BeginAsync(tenantId, ct);
        if (await AlertQueries.HandleAsync(tx, tenantId, id, status, action, userId, anyAlert, ct) is not { } alert)
        {
            return TypedResults.Problem(
                "This tenant has no alert with that id that you may handle (account managers handle their own customers' and unassigned alerts).",
                statusCode: StatusCodes.Status404NotFound, title: "Alert not found");
        }
        await tx.CommitAsync(ct);
        return TypedResults.Ok(alert);
    }

    private static Dictionary<string, string[]> Invalid(string status, AlertAction action)
    {
        var errors = new Dictionary<string, string[]>();
        if (action.Note is { Length: > 2000 }) errors["note"] = ["At most 2,000 characters."];
        if (status == AlertStatus.Snoozed && action.SnoozeUntil is not { } until) errors["snoozeUntil"] = ["Snoozing needs the time to wake the alert again."];
        else if (status == AlertStatus.Snoozed && action.SnoozeUntil <= DateTimeOffset.UtcNow) errors["snoozeUntil"] = ["A time in the future."];
        if (status == AlertStatus.Resolved && string.IsNullOrWhiteSpace(action.Note)) errors["note"] = ["Say what was done: a note is required to resolve."];
        return errors;
    }
}

public static class AlertStatus
{
    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
    public const string Snoozed = "snoozed";
    public const string Resolved = "resolved";
}
