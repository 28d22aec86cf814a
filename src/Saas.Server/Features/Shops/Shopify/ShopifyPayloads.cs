namespace Saas.Server.Features.Shops.Shopify;

// The parts of Shopify's Admin REST webhook payloads the product reads (https://shopify.dev/docs/api/webhooks).

internal sealed record ShopifyOrder(
    long Id,
    DateTimeOffset CreatedAt,
    decimal TotalPrice,
    string Currency,
    string? Email = null,
    string? Phone = null,
    DateTimeOffset? CancelledAt = null,
    ShopifyCustomer? Customer = null,
    ShopifyAddress? BillingAddress = null,
    IReadOnlyList<ShopifyLineItem>? LineItems = null,
    DateTimeOffset? UpdatedAt = null);

internal sealed record ShopifyCustomer(
    long Id, string? Email = null, string? Phone = null, string? FirstName = null, string? LastName = null, ShopifyAddress? DefaultAddress = null);

internal sealed record ShopifyAddress(string? City = null, string? Province = null, string? Country = null, string? Phone = null);

internal sealed record ShopifyLineItem(
    long Id,
    int Quantity,
    decimal Price,
    string? Sku = null,
    string? Title = null,
    string? ProductType = null,
    long? VariantId = null,
    decimal? TotalDiscount = null,
    IReadOnlyList<ShopifyDiscountAllocation>? DiscountAllocations = null);

internal sealed record ShopifyDiscountAllocation(decimal Amount);

internal sealed record ShopifyRefund(
    long Id, long OrderId, DateTimeOffset CreatedAt, IReadOnlyList<ShopifyTransaction>? Transactions = null,
    IReadOnlyList<ShopifyRefundLineItem>? RefundLineItems = null);

internal sealed record ShopifyTransaction(decimal Amount, string? Kind = null, string? Status = null);

internal sealed record ShopifyRefundLineItem(decimal Subtotal);

internal sealed record ShopifyRedactRequest(ShopifyCustomer Customer);
