using System.Globalization;
using Saas.Domain.Orders;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Features.Shops.WooCommerce;

/// <summary>
/// <c>POST /webhooks/woocommerce/{connectionId}</c>: WooCommerce's order and customer webhooks. WooCommerce
/// disables a webhook after repeated failures, so a topic the product does not use is answered 200 "ignored".
/// The unsigned ping WooCommerce sends when a webhook is saved (<c>webhook_id=…</c>) is answered 200 and stores nothing.
/// </summary>
public static class WooCommerceWebhooks
{
    private static readonly WebhookHeaders Headers = new("X-WC-Webhook-Signature", "X-WC-Webhook-Topic", "X-WC-Webhook-Delivery-ID");

    /// <summary>Statuses after which an order no longer counts.</summary>
    private static readonly string[] VoidStatuses = ["cancelled", "failed", "trash"];

    public static IEndpointRouteBuilder MapWooCommerceWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(ShopWebhooks.PathOf(ShopPlatforms.WooCommerce, "{connectionId}"), ReceiveAsync)
            .WithName("WooCommerceWebhook")
            .WithSummary("Receive a WooCommerce webhook (signed with the connection's secret), or its ping")
            .DescribeWebhook();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        string connectionId, HttpContext http, WebhookReceiver receiver, ShopIntake intake, ShopPayloads payloads, CancellationToken ct)
    {
        if (await IsPingAsync(http)) return TypedResults.Ok(new WebhookReceipt("ping", WebhookOutcome.Ignored, "WooCommerce's test delivery; nothing to store."));
        return await receiver.ReceiveAsync(http, ShopPlatforms.WooCommerce, connectionId, Headers, (delivery, token) => ApplyAsync(delivery, intake, payloads, token), ct);
    }

    /// <summary>The ping is a small form post without a signature; it is the same answer whatever the connection id.</summary>
    private static async Task<bool> IsPingAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength is null or > 1024) return false;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return form.Count == 1 && form.ContainsKey("webhook_id");
    }

    private static async Task<WebhookReceipt> ApplyAsync(WebhookDelivery delivery, ShopIntake intake, ShopPayloads payloads, CancellationToken ct)
    {
        var outcome = delivery.Topic switch
        {
            "order.created" or "order.updated" => await ReportOrderAsync(delivery, ShopPayloads.Read<WooOrder>(delivery), intake, payloads, ct),
            "order.deleted" => await intake.CancelAsync(delivery,
                new OrderCancellation(delivery.ScopedId(ShopPayloads.Read<WooDeletedOrder>(delivery).Id), DateTimeOffset.UtcNow), null, ct),
            "customer.created" or "customer.updated" => await intake.UpdateProfileAsync(delivery, CustomerOf(delivery, ShopPayloads.Read<WooCustomer>(delivery)), ct),
            _ => null,
        };
        return WebhookOutcome.Receipt(delivery.Topic, outcome);
    }

    /// <summary>
    /// WooCommerce reports every change as the whole order: a void status cancels it, its refunds list carries the
    /// refunds (each applied once, by its id), anything else amends it.
    /// </summary>
    private static async Task<string> ReportOrderAsync(WebhookDelivery delivery, WooOrder order, ShopIntake intake, ShopPayloads payloads, CancellationToken ct)
    {
        var orderId = delivery.ScopedId(order.Id);
        var buyer = BuyerOf(delivery, order);
        if (VoidStatuses.Contains(order.Status))
        {
            return await intake.CancelAsync(delivery, new OrderCancellation(orderId, Utc(order.DateModifiedGmt ?? order.DateCreatedGmt)), buyer?.Id, ct);
        }
        if (buyer is null) return WebhookOutcome.Ignored;
        var outcome = await intake.ReportOrderAsync(delivery, payloads.ToOrder(InputOf(delivery, order, buyer)), delivery.Topic == "order.created", ct);
        foreach (var refund in order.Refunds ?? [])
        {
            var refunded = new OrderRefund(orderId, refund.Id.ToString(CultureInfo.InvariantCulture), Math.Abs(refund.Total), Utc(order.DateModifiedGmt ?? order.DateCreatedGmt));
            if (await intake.RefundAsync(delivery, refunded, ct) == WebhookOutcome.Applied) outcome = WebhookOutcome.Applied;
        }
        return outcome;
    }

    /// <summary>A registered customer by id; a guest (customer id 0) by the billing email.</summary>
    private static CustomerInput? BuyerOf(WebhookDelivery delivery, WooOrder order)
    {
        var email = ShopPayloads.NonEmpty(order.Billing?.Email)?.ToLowerInvariant();
        var id = order.CustomerId > 0 ? delivery.ScopedId(order.CustomerId) : email is null ? null : delivery.ScopedId($"guest-{email}");
        return id is null
            ? null
            : new CustomerInput(id, email, ShopPayloads.FullName(order.Billing?.FirstName, order.Billing?.LastName), ShopPayloads.NonEmpty(order.Billing?.Phone),
                City: ShopPayloads.NonEmpty(order.Billing?.City));
    }

    private static OrderInput InputOf(WebhookDelivery delivery, WooOrder order, CustomerInput buyer) => new(
        delivery.ScopedId(order.Id), buyer, Utc(order.DateCreatedGmt), order.Total, order.Currency, [.. (order.LineItems ?? []).Select(LineOf)],
        ShopPlatforms.WooCommerce, ShopPayloads.NonEmpty(order.Billing?.State ?? order.Billing?.Country),
        order.DateModifiedGmt is { } modified ? Utc(modified) : null);

    /// <summary>WooCommerce's line items carry no category: the product name stands for it. Unit price is before discounts.</summary>
    private static OrderLineInput LineOf(WooLineItem line)
    {
        var beforeDiscount = line.Subtotal ?? line.Total;
        return new OrderLineInput(ShopPayloads.NonEmpty(line.Sku) ?? (line.ProductId is { } product ? $"product-{product}" : $"line-{line.Id}"), ShopPayloads.NonEmpty(line.Name), line.Quantity,
            line.Quantity > 0 ? Math.Round(beforeDiscount / line.Quantity, 2) : beforeDiscount, Math.Max(0m, beforeDiscount - line.Total));
    }

    private static CustomerBasics CustomerOf(WebhookDelivery delivery, WooCustomer customer) => ShopPayloads.ToCustomer(new CustomerInput(
        delivery.ScopedId(customer.Id),
        ShopPayloads.NonEmpty(customer.Email ?? customer.Billing?.Email)?.ToLowerInvariant(),
        ShopPayloads.FullName(customer.FirstName ?? customer.Billing?.FirstName, customer.LastName ?? customer.Billing?.LastName),
        ShopPayloads.NonEmpty(customer.Billing?.Phone),
        City: ShopPayloads.NonEmpty(customer.Billing?.City)));

    /// <summary>WooCommerce's <c>*_gmt</c> times are UTC without an offset.</summary>
    private static DateTimeOffset Utc(DateTime gmt) => new(DateTime.SpecifyKind(gmt, DateTimeKind.Utc));
}
