namespace Saas.Server.Features.Admin;

public sealed record TenantUsage(
    string Id, string Slug, string Name, string Status, DateTimeOffset CreatedAt,
    long Customers, long OrdersLast24Hours, DateTimeOffset? LastEventAt, long StorageBytes);

public sealed record TenantPage(int Page, int PageSize, long Total, IReadOnlyList<TenantUsage> Items);

/// <summary>The tenant's name, typed again to confirm a deletion.</summary>
public sealed record DeleteTenantRequest(string ConfirmName);
