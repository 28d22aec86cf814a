using Saas.Domain.Orders;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Customers;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Shops;

/// <summary>
/// What a shop's webhooks change, appended through <see cref="OrderIntake"/> (so orders reach the same customers
/// whichever way they come). Each change's source id makes a replayed delivery a duplicate.
/// </summary>
public sealed class ShopIntake(TenantScope scope, OrderIntake orders)
{
    /// <param name="isFirstReport">orders/create; later reports (updated, paid) amend the order.</param>
    public async Task<string> ReportOrderAsync(WebhookDelivery delivery, Order order, bool isFirstReport, CancellationToken ct)
    {
        await RememberBuyerAsync(delivery, order.Id, order.Customer.Id, ct);
        if (isFirstReport) return WebhookOutcome.Of((await orders.SubmitAsync(delivery.TenantId, [order], ct)).Accepted == 1);
        return await AppendAsync(delivery, new CustomerChange(order.Customer.Id, $"order/{order.Id}/update/{delivery.Id}", CustomerEvents.OrderUpdated, order), ct);
    }

    /// <param name="customerId">The buyer if the payload names it; otherwise the one recorded with the order.</param>
    public async Task<string> CancelAsync(WebhookDelivery delivery, OrderCancellation cancellation, string? customerId, CancellationToken ct)
    {
        customerId ??= await BuyerOfAsync(delivery, cancellation.OrderId, ct);
        return customerId is null
            ? WebhookOutcome.Ignored
            : await AppendAsync(delivery, new CustomerChange(customerId, $"order/{cancellation.OrderId}/cancel", CustomerEvents.OrderCancelled, cancellation), ct);
    }

    public async Task<string> RefundAsync(WebhookDelivery delivery, OrderRefund refund, CancellationToken ct)
    {
        var customerId = await BuyerOfAsync(delivery, refund.OrderId, ct);
        return customerId is null
            ? WebhookOutcome.Ignored
            : await AppendAsync(delivery, new CustomerChange(customerId, $"order/{refund.OrderId}/refund/{refund.RefundId}", CustomerEvents.OrderRefunded, refund), ct);
    }

    public Task<string> UpdateProfileAsync(WebhookDelivery delivery, CustomerBasics customer, CancellationToken ct) =>
        AppendAsync(delivery, new CustomerChange(customer.Id, $"customer/{customer.Id}/profile/{delivery.Id}", CustomerEvents.CustomerProfile, customer), ct);

    /// <summary>Keeps the request (with its payload) until the erasure service has acted on it.</summary>
    public async Task<string> RecordRedactionAsync(WebhookDelivery delivery, string customerId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(delivery.TenantId, ct);
        await using var cmd = tx.Command("""
            INSERT INTO shop_redactions (tenant_id, connection_id, delivery_id, customer_id, payload) VALUES ($1, $2, $3, $4, $5::jsonb)
            ON CONFLICT DO NOTHING
            """);
        cmd.Parameters.AddWithValue(delivery.TenantId);
        cmd.Parameters.AddWithValue(delivery.ConnectionId);
        cmd.Parameters.AddWithValue(delivery.Id);
        cmd.Parameters.AddWithValue(customerId);
        cmd.Parameters.AddWithValue(System.Text.Encoding.UTF8.GetString(delivery.Body));
        var recorded = await cmd.ExecuteNonQueryAsync(ct) == 1;
        await tx.CommitAsync(ct);
        return WebhookOutcome.Of(recorded);
    }

    private async Task<string> AppendAsync(WebhookDelivery delivery, CustomerChange change, CancellationToken ct) =>
        WebhookOutcome.Of((await orders.SubmitChangesAsync(delivery.TenantId, [change], ct))[0]);

    private async Task RememberBuyerAsync(WebhookDelivery delivery, string orderId, string customerId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(delivery.TenantId, ct);
        await using var cmd = tx.Command("""
            INSERT INTO shop_orders (tenant_id, connection_id, order_id, customer_id) VALUES ($1, $2, $3, $4)
            ON CONFLICT (tenant_id, connection_id, order_id) DO UPDATE SET customer_id = excluded.customer_id
            """);
        cmd.Parameters.AddWithValue(delivery.TenantId);
        cmd.Parameters.AddWithValue(delivery.ConnectionId);
        cmd.Parameters.AddWithValue(orderId);
        cmd.Parameters.AddWithValue(customerId);
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<string?> BuyerOfAsync(WebhookDelivery delivery, string orderId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(delivery.TenantId, ct);
        await using var cmd = tx.Command("SELECT customer_id FROM shop_orders WHERE tenant_id = $1 AND connection_id = $2 AND order_id = $3");
        cmd.Parameters.AddWithValue(delivery.TenantId);
        cmd.Parameters.AddWithValue(delivery.ConnectionId);
        cmd.Parameters.AddWithValue(orderId);
        return (string?)await cmd.ExecuteScalarAsync(ct);
    }
}
