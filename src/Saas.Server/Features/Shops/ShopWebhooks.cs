using Saas.Server.Features.Shops.Shopify;
using Saas.Server.Features.Shops.WooCommerce;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Shops;

/// <summary>The anonymous webhook endpoints: the signature is their only authentication.</summary>
public static class ShopWebhooks
{
    public static string PathOf(string platform, string connectionId) => $"/webhooks/{platform}/{connectionId}";

    public static IEndpointRouteBuilder MapShopWebhooks(this IEndpointRouteBuilder app) => app.MapShopifyWebhooks().MapWooCommerceWebhooks();

    /// <summary>No <c>Accepts</c>: it would refuse other content types (415) before the signature is checked, and WooCommerce pings with a form.</summary>
    public static RouteHandlerBuilder DescribeWebhook(this RouteHandlerBuilder endpoint) => endpoint
        .WithTags("Webhooks")
        .AllowAnonymous()
        .RequireRateLimiting(RateLimits.Webhook)
        .Produces<WebhookReceipt>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
