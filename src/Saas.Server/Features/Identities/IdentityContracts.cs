namespace Saas.Server.Features.Identities;

/// <summary>How the tenant recognises a customer, and which other source customers joined it.</summary>
public sealed record CustomerIdentities(IReadOnlyList<CustomerIdentity> Identities, IReadOnlyList<CustomerMerge> Merges);

public sealed record CustomerIdentity(string Kind, string Value, DateTimeOffset Since);

/// <summary>Source customer <see cref="SourceCustomerId"/> joined the customer because of the same <see cref="MatchedKind"/>.</summary>
public sealed record CustomerMerge(
    long Id, string SourceCustomerId, string MatchedKind, string MatchedValue, DateTimeOffset MergedAt, DateTimeOffset? SplitAt, string? SplitBy);

/// <summary>The customer a split gave back.</summary>
public sealed record SplitResult(string CustomerId);
