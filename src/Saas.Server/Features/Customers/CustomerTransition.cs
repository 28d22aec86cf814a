using Saas.Domain.Alerts;
using Saas.Domain.Rfm;

namespace Saas.Server.Features.Customers;

/// <summary>A committed change of one customer worth telling people about: a segment move, an alert, or both.</summary>
public sealed record CustomerTransition(
    string TenantId,
    string CustomerId,
    string? CustomerName,
    string? AccountManagerId,
    Segment From,
    Segment To,
    ChurnAlert? Alert,
    DateTimeOffset At,
    string Cause)
{
    public bool Moved => From != To;
}

/// <summary>What the projection knew of a customer before this write.</summary>
public sealed record PublishedCustomer(
    Segment Segment,
    DateTimeOffset SegmentSince,
    string? AbcClass,
    double? ChurnRisk,
    double? ProbabilityAlive,
    decimal? Clv,
    string? AccountManagerId);

/// <summary>The live push of an alert: to the tenant's dashboards, and to the customer's account manager.</summary>
public sealed record ChurnAlertMessage(
    long Id,
    string CustomerId,
    string? CustomerName,
    string? AccountManagerId,
    string Kind,
    string Summary,
    IReadOnlyList<AlertReason> Reasons,
    DateTimeOffset RaisedAt,
    long Sequence = 0);
