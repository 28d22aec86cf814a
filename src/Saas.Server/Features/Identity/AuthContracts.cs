namespace Saas.Server.Features.Identity;

public sealed record LoginRequest(string Email, string Password);

public sealed record CurrentUser(string Email, string? TenantId, string? TenantName, IReadOnlyList<string> Roles);
