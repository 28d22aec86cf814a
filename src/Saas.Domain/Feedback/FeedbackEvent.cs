using System.Text.Json.Serialization;

namespace Saas.Domain.Feedback;

/// <summary>
/// Something a customer told the merchant, or a contact the merchant made. Stored as JSON with its kind in
/// <c>"kind"</c> (not <c>"type"</c>: a complaint has a type of its own).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Rating), FeedbackKinds.Rating)]
[JsonDerivedType(typeof(Complaint), FeedbackKinds.Complaint)]
[JsonDerivedType(typeof(Inquiry), FeedbackKinds.Inquiry)]
[JsonDerivedType(typeof(Contact), FeedbackKinds.Contact)]
public abstract record FeedbackEvent(string Id, string CustomerId, DateTimeOffset OccurredAt);

/// <summary>A satisfaction score (1-5), a net promoter answer (0-10), or both.</summary>
public sealed record Rating(string Id, string CustomerId, DateTimeOffset OccurredAt, int? Score, int? Nps, string? Product, string? Comment)
    : FeedbackEvent(Id, CustomerId, OccurredAt);

/// <summary>A complaint opened at <see cref="FeedbackEvent.OccurredAt"/>; sent again with the same id and a resolution time, it is resolved.</summary>
public sealed record Complaint(
    string Id, string CustomerId, DateTimeOffset OccurredAt, string Type, string? Product, string? Region, string? Rep, DateTimeOffset? ResolvedAt)
    : FeedbackEvent(Id, CustomerId, OccurredAt);

public sealed record Inquiry(string Id, string CustomerId, DateTimeOffset OccurredAt, string? Topic, string? Product)
    : FeedbackEvent(Id, CustomerId, OccurredAt);

/// <summary>The merchant reached out to the customer: through which channel, and who did.</summary>
public sealed record Contact(string Id, string CustomerId, DateTimeOffset OccurredAt, string Channel, string? By)
    : FeedbackEvent(Id, CustomerId, OccurredAt);

/// <summary>The names of the kinds of feedback, as they appear in JSON.</summary>
public static class FeedbackKinds
{
    public const string Rating = "rating";
    public const string Complaint = "complaint";
    public const string Inquiry = "inquiry";
    public const string Contact = "contact";

    public static string Of(FeedbackEvent feedback) => feedback switch
    {
        Feedback.Rating => Rating,
        Feedback.Complaint => Complaint,
        Feedback.Inquiry => Inquiry,
        Feedback.Contact => Contact,
        _ => throw new ArgumentOutOfRangeException(nameof(feedback), feedback.GetType().Name, "Not a kind of feedback."),
    };
}
