using Saas.Domain.Orders;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Features.Shops.Shopify;

/// <summary>
/// <c>POST /webhooks/shopify/{connectionId}</c>: Shopify's order, refund and customer webhooks. Shopify retries a
/// delivery that fails and removes a webhook that keeps failing, so a topic the product does not use is answered
/// 200 "ignored" rather than 400.
/// </summary>
public static class ShopifyWebhooks
{
    private static readonly WebhookHeaders Headers = new("X-Shopify-Hmac-Sha256", "X-Shopify-Topic", "X-Shopify-Webhook-Id");

    public static IEndpointRouteBuilder MapShopifyWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(ShopWebhooks.PathOf(ShopPlatforms.Shopify, "{connectionId}"), ReceiveAsync)
            .WithName("ShopifyWebhook")
            .WithSummary("Receive a Shopify webhook (signed with the connection's secret)")
            .DescribeWebhook();
        return app;
    }

    private static Task<IResult> ReceiveAsync(string connectionId, HttpContext http, WebhookReceiver receiver, ShopIntake intake, ShopPayloads payloads, CancellationToken ct) =>
        receiver.ReceiveAsync(http, ShopPlatforms.Shopify, connectionId, Headers, (delivery, token) => ApplyAsync(delivery, intake, payloads, token), ct);

    private static async Task<WebhookReceipt> ApplyAsync(WebhookDelivery delivery, ShopIntake intake, ShopPayloads payloads, CancellationToken ct)
    {
        var outcome = delivery.Topic switch
        {
            "orders/create" or "orders/updated" or "orders/paid" => await ReportOrderAsync(delivery, intake, payloads, ct),
            "orders/cancelled" => await CancelAsync(delivery, ShopPayloads.Read<ShopifyOrder>(delivery), intake, ct),
            "refunds/create" => await intake.RefundAsync(delivery, RefundOf(delivery, ShopPayloads.Read<ShopifyRefund>(delivery)), ct),
            "customers/create" or "customers/update" => await intake.UpdateProfileAsync(delivery, CustomerOf(delivery, ShopPayloads.Read<ShopifyCustomer>(delivery)), ct),
            "customers/redact" => await intake.RedactAsync(delivery, delivery.ScopedId(ShopPayloads.Read<ShopifyRedactRequest>(delivery).Customer.Id), ct),
            _ => null,
        };
        return WebhookOutcome.Receipt(delivery.Topic, outcome);
    }

    /// <summary>An order Shopify reports as cancelled (orders/updated after a cancellation) is a cancellation.</summary>
    private static async Task<string> ReportOrderAsync(WebhookDelivery delivery, ShopIntake intake, ShopPayloads payloads, CancellationToken ct)
    {
        var order = ShopPayloads.Read<ShopifyOrder>(delivery);
        if (order.CancelledAt is not null) return await CancelAsync(delivery, order, intake, ct);
        if (BuyerOf(delivery, order) is not { } buyer) return WebhookOutcome.Ignored;
        return await intake.ReportOrderAsync(delivery, payloads.ToOrder(InputOf(delivery, order, buyer)), delivery.Topic == "orders/create", ct);
    }

    private static Task<string> CancelAsync(WebhookDelivery delivery, ShopifyOrder order, ShopIntake intake, CancellationToken ct) =>
        intake.CancelAsync(delivery, new OrderCancellation(delivery.ScopedId(order.Id), (order.CancelledAt ?? DateTimeOffset.UtcNow).ToUniversalTime()), BuyerOf(delivery, order)?.Id, ct);

    /// <summary>The shop's customer; a guest checkout is known by its email alone.</summary>
    private static CustomerInput? BuyerOf(WebhookDelivery delivery, ShopifyOrder order)
    {
        var address = order.Customer?.DefaultAddress ?? order.BillingAddress;
        var email = ShopPayloads.NonEmpty(order.Customer?.Email ?? order.Email)?.ToLowerInvariant();
        var id = order.Customer is { } customer ? delivery.ScopedId(customer.Id) : email is null ? null : delivery.ScopedId($"guest-{email}");
        return id is null
            ? null
            : new CustomerInput(id, email, ShopPayloads.FullName(order.Customer?.FirstName, order.Customer?.LastName),
                ShopPayloads.NonEmpty(order.Customer?.Phone ?? order.Phone ?? address?.Phone), City: ShopPayloads.NonEmpty(address?.City));
    }

    private static OrderInput InputOf(WebhookDelivery delivery, ShopifyOrder order, CustomerInput buyer)
    {
        var address = order.Customer?.DefaultAddress ?? order.BillingAddress;
        return new OrderInput(delivery.ScopedId(order.Id), buyer, order.CreatedAt, order.TotalPrice, order.Currency,
            [.. (order.LineItems ?? []).Select(LineOf)], ShopPlatforms.Shopify, ShopPayloads.NonEmpty(address?.Province ?? address?.Country), order.UpdatedAt);
    }

    /// <summary>Shopify's line items carry no category: the product type if present, else the title, stands for it.</summary>
    private static OrderLineInput LineOf(ShopifyLineItem line) => new(
        ShopPayloads.NonEmpty(line.Sku) ?? (line.VariantId is { } variant ? $"variant-{variant}" : $"line-{line.Id}"),
        ShopPayloads.NonEmpty(line.ProductType) ?? ShopPayloads.NonEmpty(line.Title),
        line.Quantity,
        line.Price,
        line.DiscountAllocations is { Count: > 0 } allocations ? allocations.Sum(a => a.Amount) : line.TotalDiscount ?? 0m);

    /// <summary>The money refunded is the successful refund transactions; a refund without any (restock only) counts its line subtotals.</summary>
    private static OrderRefund RefundOf(WebhookDelivery delivery, ShopifyRefund refund)
    {
        var transactions = (refund.Transactions ?? []).Where(t => t.Kind is null or "refund" && t.Status is null or "success").ToArray();
        var amount = transactions.Length > 0 ? transactions.Sum(t => t.Amount) : (refund.RefundLineItems ?? []).Sum(l => l.Subtotal);
        return new OrderRefund(delivery.ScopedId(refund.OrderId), refund.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), amount, refund.CreatedAt.ToUniversalTime());
    }

    private static CustomerBasics CustomerOf(WebhookDelivery delivery, ShopifyCustomer customer) => ShopPayloads.ToCustomer(new CustomerInput(
        delivery.ScopedId(customer.Id),
        ShopPayloads.NonEmpty(customer.Email)?.ToLowerInvariant(),
        ShopPayloads.FullName(customer.FirstName, customer.LastName),
        ShopPayloads.NonEmpty(customer.Phone ?? customer.DefaultAddress?.Phone),
        City: ShopPayloads.NonEmpty(customer.DefaultAddress?.City)));
}
