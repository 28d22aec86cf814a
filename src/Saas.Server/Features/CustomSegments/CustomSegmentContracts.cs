using Saas.Domain.Segments;

namespace Saas.Server.Features.CustomSegments;

/// <summary>What the owner sends to create or change a custom segment.</summary>
public sealed record CustomSegmentInput(string Name, string? Description, SegmentRule Rule);

/// <summary>A rule to count the customers of, before it is saved.</summary>
public sealed record RulePreviewRequest(SegmentRule Rule);

public sealed record CustomSegmentSummary(long Id, string Name, string? Description, long Members, DateTimeOffset UpdatedAt);

/// <summary>The tenant's custom segments as of its change <see cref="Sequence"/>: live changes after it continue the counts.</summary>
public sealed record CustomSegmentList(long Sequence, IReadOnlyList<CustomSegmentSummary> Items);

public sealed record CustomSegmentView(
    long Id, string Name, string? Description, SegmentRule Rule, long Members, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>How many customers a rule takes now, and the ten with the most revenue.</summary>
public sealed record RulePreview(long Count, IReadOnlyList<SegmentCustomer> Sample);

/// <param name="Since">When the customer joined the segment; null in a preview.</param>
public sealed record SegmentCustomer(
    string CustomerId, string? Name, string? Email, string Segment, int Orders, decimal Revenue, DateTimeOffset? LastOrderAt, DateTimeOffset? Since);

/// <summary>One page of a segment's members, newest first; <see cref="HasMore"/> says whether the next offset has more.</summary>
public sealed record SegmentCustomerPage(IReadOnlyList<SegmentCustomer> Items, int Offset, bool HasMore);
