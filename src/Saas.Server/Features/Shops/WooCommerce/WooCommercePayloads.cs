namespace Saas.Server.Features.Shops.WooCommerce;

// The parts of WooCommerce REST API v3 order and customer objects the product reads
// (https://woocommerce.github.io/woocommerce-rest-api-docs/); webhooks deliver the same objects.

internal sealed record WooOrder(
    long Id,
    string Status,
    string Currency,
    DateTime DateCreatedGmt,
    decimal Total,
    long CustomerId = 0,
    DateTime? DateModifiedGmt = null,
    WooAddress? Billing = null,
    IReadOnlyList<WooLineItem>? LineItems = null,
    IReadOnlyList<WooRefundSummary>? Refunds = null);

internal sealed record WooAddress(
    string? FirstName = null, string? LastName = null, string? City = null, string? State = null, string? Country = null, string? Email = null,
    string? Phone = null);

/// <summary><see cref="Subtotal"/> is before discounts, <see cref="Total"/> after.</summary>
internal sealed record WooLineItem(long Id, int Quantity, decimal Total, string? Name = null, string? Sku = null, long? ProductId = null, decimal? Subtotal = null);

/// <summary>WooCommerce lists an order's refunds with negative totals.</summary>
internal sealed record WooRefundSummary(long Id, decimal Total);

internal sealed record WooCustomer(long Id, string? Email = null, string? FirstName = null, string? LastName = null, WooAddress? Billing = null);

/// <summary>order.deleted delivers the id only.</summary>
internal sealed record WooDeletedOrder(long Id);
