using System.Text.Json;

namespace Saas.Server.Features.Alerts;

public sealed record ChurnAlertView(
    long Id,
    string CustomerId,
    string? CustomerName,
    string? AccountManagerId,
    string Kind,
    string Summary,
    JsonElement Reasons,
    DateTimeOffset RaisedAt,
    string Status,
    string? Note,
    DateOnly? FollowUpOn,
    DateTimeOffset? SnoozedUntil,
    string? HandledBy,
    DateTimeOffset? HandledAt);

public sealed record AlertPage(IReadOnlyList<ChurnAlertView> Items, int Offset, bool HasMore);

/// <summary>What an account manager does with an alert: acknowledge, snooze until a time, or resolve, with a note and a follow-up date.</summary>
public sealed record AlertAction(string? Note = null, DateOnly? FollowUpOn = null, DateTimeOffset? SnoozeUntil = null);
