using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Segments;

/// <summary>Customers per segment, as of the tenant's change <see cref="Sequence"/>.</summary>
public sealed record SegmentCounts(long Sequence, IReadOnlyList<SegmentCount> Counts);

public sealed record SegmentChange(string CustomerId, string? CustomerName, string From, string To, DateTimeOffset At, long Sequence);

/// <summary>The latest segment changes, newest first, as of the tenant's change <see cref="Sequence"/>.</summary>
public sealed record SegmentChangeFeed(long Sequence, IReadOnlyList<SegmentChange> Items);
