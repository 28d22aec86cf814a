using Saas.Domain.Segments;

namespace Saas.Server.Features.CustomSegments;

/// <summary>One custom segment as the customer grains evaluate it.</summary>
public sealed record CustomSegmentDefinition(long Id, string Name, long Revision, SegmentRule Rule);

/// <summary>
/// A tenant's custom segments as read at one moment; <see cref="Revision"/> is the highest of theirs (0 for none).
/// Writes of one tenant's definitions are serialized and each takes a new revision, so a segment whose revision is
/// not above it is exactly as evaluated here.
/// </summary>
public sealed record CustomSegmentDefinitions(long Revision, IReadOnlyList<CustomSegmentDefinition> Segments)
{
    public static CustomSegmentDefinitions None { get; } = new(0, []);

    public CustomSegmentVerdict Evaluate(IRuleSubject subject, DateTimeOffset now)
    {
        var members = new List<long>();
        DateTimeOffset? nextChange = null;
        foreach (var segment in Segments)
        {
            if (segment.Rule.Matches(subject, now)) members.Add(segment.Id);
            if (segment.Rule.NextChangeAt(subject, now) is { } change && !(nextChange <= change)) nextChange = change;
        }
        return new CustomSegmentVerdict(new CustomSegmentMembership(Revision, members), nextChange);
    }
}

/// <summary>The custom segments a customer is in, as evaluated against the definitions of <see cref="Revision"/>.</summary>
public sealed record CustomSegmentMembership(long Revision, IReadOnlyList<long> Members)
{
    public static CustomSegmentMembership None { get; } = new(0, []);
}

/// <summary>A customer's membership, and when time alone would next change a leaf of one of the rules.</summary>
public sealed record CustomSegmentVerdict(CustomSegmentMembership Membership, DateTimeOffset? NextChangeAt)
{
    /// <returns>The earlier of the analysis's own review time and <see cref="NextChangeAt"/>.</returns>
    public DateTimeOffset? ReviewAt(DateTimeOffset? analysisReviewAt) =>
        NextChangeAt is { } change && !(analysisReviewAt <= change) ? change : analysisReviewAt;
}
