using Saas.Domain.Feedback;

namespace Saas.Server.Features.Feedback;

public static class FeedbackEvents
{
    /// <summary>The event log kind of posted feedback; its payload is the <see cref="FeedbackEvent"/>.</summary>
    public const string Received = "feedback.received";

    /// <summary>The fact the customer grain records for the read models: a <see cref="FeedbackApplied"/>.</summary>
    public const string AppliedFact = "feedback.applied";

    /// <summary>
    /// The event log's idempotency key. A complaint's resolution has one of its own, so the complaint sent again
    /// with a resolution time is not taken for a duplicate of its opening.
    /// </summary>
    public static string SourceIdOf(FeedbackEvent feedback) => feedback is Complaint { ResolvedAt: not null }
        ? $"feedback/{FeedbackKinds.Complaint}/{feedback.Id}/resolved"
        : $"feedback/{FeedbackKinds.Of(feedback)}/{feedback.Id}";
}

/// <summary>Feedback the customer grain applied, with the customer's region as the grain knew it then.</summary>
public sealed record FeedbackApplied(string CustomerId, FeedbackEvent Event, string? CustomerRegion);
