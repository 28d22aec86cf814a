using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Shops;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Options;

namespace Saas.Server.Features.Demo;

/// <summary>Creates the demo tenant, its owner, its API key and its Shopify connection on first start; later starts reuse them.</summary>
public sealed partial class DemoSeeder(
    IServiceScopeFactory scopes, TenantDirectory tenants, ApiKeys keys, TenantScope tenantScope, ShopConnectionStore shops,
    IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    public const string Slug = "demo";
    public const string ShopifyConnectionId = "demo-shopify";

    public async Task<Tenant> EnsureAsync(CancellationToken ct)
    {
        var demo = options.Value;
        var tenant = await tenants.FindBySlugAsync(Slug, ct) ?? await tenants.CreateAsync(Slug, "Demo Tea House", ct);
        await keys.AddAsync(tenant.Id, "Demo shop", demo.ApiKey, ct);
        await EnsureShopifyAsync(tenant.Id, demo.WebhookSecret, ct);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(demo.Email) is null)
        {
            await users.CreateInRoleAsync(demo.Email, demo.Password, Roles.TenantOwner, tenant.Id);
        }
        LogDemoReady(logger, demo.Email, demo.Password, demo.ApiKey);
        return tenant;
    }

    private async Task EnsureShopifyAsync(string tenantId, string secret, CancellationToken ct)
    {
        await using var tx = await tenantScope.BeginAsync(tenantId, ct);
        await using (var known = tx.Command("SELECT EXISTS (SELECT 1 FROM shop_connections WHERE id = $1)"))
        {
            known.Parameters.AddWithValue(ShopifyConnectionId);
            if ((bool)(await known.ExecuteScalarAsync(ct))!) return;
        }
        await shops.InsertAsync(tx, tenantId,
            new NewShopConnection(ShopifyConnectionId, ShopPlatforms.Shopify, "Demo Shopify shop", "demo-tea-house.myshopify.com", secret), ApiKeys.Generate(), ct);
        await tx.CommitAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo tenant ready. Sign in at http://localhost:5000 as {Email} / {Password}; ingestion key {ApiKey}")]
    private static partial void LogDemoReady(ILogger logger, string email, string password, string apiKey);
}
