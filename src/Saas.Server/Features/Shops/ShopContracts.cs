namespace Saas.Server.Features.Shops;

public static class ShopPlatforms
{
    public const string Shopify = "shopify";
    public const string WooCommerce = "woocommerce";
    public const string Custom = "custom";
    public const string Csv = "csv";

    public static readonly IReadOnlyList<string> All = [Shopify, WooCommerce, Custom, Csv];

    /// <summary>The platforms that push signed webhooks; the others send through the REST API or a file.</summary>
    public static bool SendsWebhooks(string platform) => platform is Shopify or WooCommerce;
}

/// <param name="Platform">shopify, woocommerce, custom or csv.</param>
/// <param name="ShopDomain">Shopify only: the shop's <c>*.myshopify.com</c> domain.</param>
public sealed record CreateShopConnectionRequest(string Platform, string Name, string? ShopDomain = null);

/// <summary>The one answer that carries the webhook secret and the API key in full: neither is shown again.</summary>
public sealed record CreatedShopConnection(
    string Id, string Platform, string Name, string? ShopDomain, string? WebhookUrl, string? WebhookSecret, string ApiUrl, string ApiKey,
    DateTimeOffset CreatedAt);

public sealed record ShopConnectionSummary(
    string Id, string Platform, string Name, string? ShopDomain, string? WebhookUrl, string ApiUrl, string ApiKeyPrefix, DateTimeOffset CreatedAt,
    DateTimeOffset? LastReceivedAt);

/// <summary>The key the shop signs with, e.g. the one Shopify shows for webhooks created in its admin.</summary>
public sealed record ReplaceWebhookSecretRequest(string Secret);

/// <summary>The answer to a delivery: <see cref="Outcome"/> is applied, duplicate (a replay, applied before) or ignored (see the note).</summary>
public sealed record WebhookReceipt(string Topic, string Outcome, string? Note = null);
