using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Tenants;

namespace Saas.Server.Tests;

public sealed record TestTenant(string Id, string Name, string ApiKey, string OwnerEmail, string OwnerPassword);

/// <summary>Seeds tenants as DemoSeeder does: through the server's own directory, key store and Identity.</summary>
public static class TestTenants
{
    public const string OwnerPassword = "tea-and-biscuits-2026";

    /// <summary>A new active tenant with a connector API key and an owner (role TenantOwner).</summary>
    public static async Task<TestTenant> CreateTenantAsync(this ServerFixture server, string name)
    {
        var ct = CancellationToken.None;
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var tenant = await server.Services.GetRequiredService<TenantDirectory>().CreateAsync($"test-{suffix}", name, ct);
        var apiKey = ApiKeys.Generate();
        await server.Services.GetRequiredService<ApiKeys>().AddAsync(tenant.Id, "Test shop", apiKey, ct);

        await using var scope = server.Services.CreateAsyncScope();
        var email = $"owner-{suffix}@example.com";
        await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateInRoleAsync(email, OwnerPassword, Roles.TenantOwner, tenant.Id);
        return new TestTenant(tenant.Id, name, apiKey, email, OwnerPassword);
    }
}
