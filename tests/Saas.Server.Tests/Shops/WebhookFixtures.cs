namespace Saas.Server.Tests.Shops;

/// <summary>Each platform's fixtures in the order a shop would send them, with the topic each is delivered under.</summary>
public static class WebhookFixtures
{
    public const long JohnSmith = 7115310627314723954;
    public const long MeiChen = 7115310627314723960;
    public const long LiWei = 25;
    public const long ZhangMin = 26;

    /// <summary>
    /// John Smith orders 120.00, amended to 130.00 (updated, paid); a second order of 50.00 is cancelled; 30.00 of
    /// the first is refunded: 1 order, 100.00. Mei Chen is created (no order), then asks to be redacted.
    /// </summary>
    public static readonly IReadOnlyList<(string Topic, string File)> Shopify =
    [
        ("orders/create", "orders-create"),
        ("orders/updated", "orders-updated"),
        ("orders/paid", "orders-paid"),
        ("orders/create", "orders-create-second"),
        ("orders/cancelled", "orders-cancelled"),
        ("refunds/create", "refunds-create"),
        ("customers/create", "customers-create"),
        ("customers/update", "customers-update"),
        ("customers/redact", "customers-redact"),
    ];

    /// <summary>Li Wei orders 60.00 (completed later with a 10.00 refund); a second order of 40.00 is deleted: 1 order, 50.00.</summary>
    public static readonly IReadOnlyList<(string Topic, string File)> WooCommerce =
    [
        ("order.created", "order-created"),
        ("order.updated", "order-updated"),
        ("order.created", "order-created-second"),
        ("order.deleted", "order-deleted"),
        ("customer.created", "customer-created"),
        ("customer.updated", "customer-updated"),
    ];

    public static IReadOnlyList<(string Topic, string File)> Of(string platform) => platform == "shopify" ? Shopify : WooCommerce;
}
