using System.Text.Json.Serialization;

namespace Saas.Domain.Feedback;

/// <summary>
/// What one customer has told the merchant (ratings, complaints, inquiries) and how often the merchant has
/// reached out. Applying an event again changes nothing, except that a complaint sent again with a resolution
/// time is resolved.
/// </summary>
public sealed record CustomerFeedback
{
    /// <summary>A customer who has told nothing yet; shared, as every instance is immutable.</summary>
    public static CustomerFeedback None { get; } = new();

    /// <summary>How many of the latest contact times are kept for <see cref="ContactsWithin"/>.</summary>
    public const int RecentContactsKept = 50;

    /// <summary>Ratings that carry a score (1-5).</summary>
    public int Ratings { get; init; }

    public int RatingSum { get; init; }

    /// <summary>The net promoter answer of the latest rating (by its time) that has one.</summary>
    public int? LastNps { get; init; }

    public DateTimeOffset? LastNpsAt { get; init; }

    public IReadOnlyDictionary<string, ComplaintSpan> ComplaintsById { get; init; } = new Dictionary<string, ComplaintSpan>();

    public int Inquiries { get; init; }

    public int Contacts { get; init; }

    /// <summary>The latest contact times, oldest first, at most <see cref="RecentContactsKept"/>.</summary>
    public IReadOnlyList<DateTimeOffset> RecentContacts { get; init; } = [];

    /// <summary>The ratings, inquiries and contacts applied, as "kind/id" (complaints are known by <see cref="ComplaintsById"/>).</summary>
    public IReadOnlyList<string> AppliedIds { get; init; } = [];

    [JsonIgnore]
    public double? AverageRating => Ratings == 0 ? null : (double)RatingSum / Ratings;

    [JsonIgnore]
    public int Complaints => ComplaintsById.Count;

    [JsonIgnore]
    public int OpenComplaints => ComplaintsById.Values.Count(c => c.ResolvedAt is null);

    [JsonIgnore]
    public double? AverageResolutionHours => ComplaintsById.Values.Select(c => c.ResolutionHours).Average();

    [JsonIgnore]
    public DateTimeOffset? LastContactAt => RecentContacts.Count == 0 ? null : RecentContacts[^1];

    /// <summary>Contacts in the <paramref name="days"/> before <paramref name="now"/>; at most <see cref="RecentContactsKept"/>.</summary>
    public int ContactsWithin(DateTimeOffset now, int days) => RecentContacts.Count(at => at > now.AddDays(-days) && at <= now);

    public CustomerFeedback Apply(FeedbackEvent feedback)
    {
        if (feedback is Complaint complaint) return Apply(complaint);
        var key = $"{FeedbackKinds.Of(feedback)}/{feedback.Id}";
        if (AppliedIds.Contains(key)) return this;
        var applied = feedback switch
        {
            Rating rating => Apply(rating),
            Inquiry => this with { Inquiries = Inquiries + 1 },
            Contact contact => this with
            {
                Contacts = Contacts + 1,
                RecentContacts = [.. RecentContacts.Append(contact.OccurredAt).Order().TakeLast(RecentContactsKept)],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(feedback), feedback.GetType().Name, "Not a kind of feedback."),
        };
        return applied with { AppliedIds = [.. AppliedIds, key] };
    }

    private CustomerFeedback Apply(Rating rating)
    {
        var scored = rating.Score is { } score ? this with { Ratings = Ratings + 1, RatingSum = RatingSum + score } : this;
        return rating.Nps is { } nps && (LastNpsAt is null || rating.OccurredAt >= LastNpsAt)
            ? scored with { LastNps = nps, LastNpsAt = rating.OccurredAt }
            : scored;
    }

    private CustomerFeedback Apply(Complaint complaint)
    {
        var known = ComplaintsById.GetValueOrDefault(complaint.Id);
        var next = (known ?? new ComplaintSpan(complaint.OccurredAt, null)).Resolve(complaint.ResolvedAt);
        return next == known ? this : this with { ComplaintsById = new Dictionary<string, ComplaintSpan>(ComplaintsById) { [complaint.Id] = next } };
    }
}

/// <summary>When a complaint was opened and, once it is, resolved.</summary>
public sealed record ComplaintSpan(DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt)
{
    [JsonIgnore]
    public double? ResolutionHours => ResolvedAt is { } resolved ? (resolved - OpenedAt).TotalHours : null;

    /// <summary>The first resolution counts; one reported before the opening is taken as at the opening.</summary>
    public ComplaintSpan Resolve(DateTimeOffset? at) => at is not { } resolvedAt || ResolvedAt is not null
        ? this
        : this with { ResolvedAt = resolvedAt < OpenedAt ? OpenedAt : resolvedAt };
}
