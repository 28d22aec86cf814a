namespace Saas.Server.Features.Connectors;

public sealed record CreateApiKeyRequest(string Name);

/// <summary>The one answer that carries the key itself: it is never shown again.</summary>
public sealed record CreatedApiKey(string Id, string Name, string Key, string Prefix, DateTimeOffset CreatedAt);

public sealed record ApiKeySummary(string Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
