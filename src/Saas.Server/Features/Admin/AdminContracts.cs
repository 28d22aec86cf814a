namespace Saas.Server.Features.Admin;

public sealed record TenantUsage(
    string Id, string Slug, string Name, string Status, DateTimeOffset CreatedAt,
    long Customers, long OrdersLast24Hours, DateTimeOffset? LastEventAt, long StorageBytes);

public sealed record TenantPage(int Page, int PageSize, long Total, IReadOnlyList<TenantUsage> Items);

/// <summary>The tenant's name, typed again to confirm a deletion.</summary>
public sealed record DeleteTenantRequest(string ConfirmName);

/// <summary>A tenant made by an admin; its owner is invited by mail to choose a password.</summary>
public sealed record CreateTenantRequest(string Name, string OwnerEmail);

public sealed record CreatedTenant(string Id, string Slug, string Name, DateTimeOffset OwnerInvitationExpiresAt);
