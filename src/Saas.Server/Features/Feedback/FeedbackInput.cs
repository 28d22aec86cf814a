using System.Text.Json.Serialization;
using Saas.Domain.Feedback;

namespace Saas.Server.Features.Feedback;

/// <summary>
/// Feedback as shops and service desks post it, its kind in <c>"type"</c>. Any other field is refused by name
/// (400), so a typo never loses data silently.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(RatingInput), FeedbackKinds.Rating)]
[JsonDerivedType(typeof(ComplaintInput), FeedbackKinds.Complaint)]
[JsonDerivedType(typeof(InquiryInput), FeedbackKinds.Inquiry)]
[JsonDerivedType(typeof(ContactInput), FeedbackKinds.Contact)]
public abstract record FeedbackInput(string? Id, string? CustomerId, DateTimeOffset? OccurredAt);

/// <summary>A satisfaction score (1-5), a net promoter answer (0-10), or both.</summary>
public sealed record RatingInput(
    string? Id, string? CustomerId, DateTimeOffset? OccurredAt, int? Score = null, int? Nps = null, string? Product = null, string? Comment = null)
    : FeedbackInput(Id, CustomerId, OccurredAt);

/// <summary>A complaint opened at <c>occurredAt</c>; sent again with the same id and <c>resolvedAt</c>, it is resolved.</summary>
/// <param name="Category">The complaint's type, e.g. delivery, quality, billing.</param>
public sealed record ComplaintInput(
    string? Id, string? CustomerId, DateTimeOffset? OccurredAt, string? Category = null, string? Product = null, string? Region = null,
    string? Rep = null, DateTimeOffset? ResolvedAt = null)
    : FeedbackInput(Id, CustomerId, OccurredAt);

public sealed record InquiryInput(string? Id, string? CustomerId, DateTimeOffset? OccurredAt, string? Topic = null, string? Product = null)
    : FeedbackInput(Id, CustomerId, OccurredAt);

/// <summary>The merchant reached out to the customer: through which channel, and who did.</summary>
public sealed record ContactInput(string? Id, string? CustomerId, DateTimeOffset? OccurredAt, string? Channel = null, string? By = null)
    : FeedbackInput(Id, CustomerId, OccurredAt);
