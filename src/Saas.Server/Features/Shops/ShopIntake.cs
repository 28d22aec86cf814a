using Saas.Domain.Orders;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Privacy;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Shops;

/// <summary>
/// What a shop's webhooks change, appended through <see cref="OrderIntake"/> (so orders reach the same customers
/// whichever way they come). Each change's source id makes a replayed delivery a duplicate.
/// </summary>
public sealed class ShopIntake(TenantScope scope, OrderIntake orders, CustomerErasure erasure)
{
    /// <param name="isFirstReport">orders/create; later reports (updated, paid) amend the order.</param>
    public async Task<string> ReportOrderAsync(WebhookDelivery delivery, Order order, bool isFirstReport, CancellationToken ct)
    {
        await RememberBuyerAsync(delivery, order.Id, order.Customer.Id, ct);
        if (isFirstReport) return WebhookOutcome.Of((await orders.SubmitAsync(delivery.TenantId, [order], ct)).Accepted == 1);
        return await AppendAsync(delivery, new CustomerChange(order.Customer, $"order/{order.Id}/update/{delivery.Id}", CustomerEvents.OrderUpdated, order), ct);
    }

    /// <param name="customerId">The buyer if the payload names it; otherwise the one recorded with the order.</param>
    public async Task<string> CancelAsync(WebhookDelivery delivery, OrderCancellation cancellation, string? customerId, CancellationToken ct)
    {
        customerId ??= await BuyerOfAsync(delivery, cancellation.OrderId, ct);
        return customerId is null
            ? WebhookOutcome.Ignored
            : await AppendAsync(delivery, new CustomerChange(new CustomerBasics(customerId), $"order/{cancellation.OrderId}/cancel", CustomerEvents.OrderCancelled, cancellation), ct);
    }

    public async Task<string> RefundAsync(WebhookDelivery delivery, OrderRefund refund, CancellationToken ct)
    {
        var customerId = await BuyerOfAsync(delivery, refund.OrderId, ct);
        return customerId is null
            ? WebhookOutcome.Ignored
            : await AppendAsync(delivery, new CustomerChange(new CustomerBasics(customerId), $"order/{refund.OrderId}/refund/{refund.RefundId}", CustomerEvents.OrderRefunded, refund), ct);
    }

    public Task<string> UpdateProfileAsync(WebhookDelivery delivery, CustomerBasics customer, CancellationToken ct) =>
        AppendAsync(delivery, new CustomerChange(customer, $"customer/{customer.Id}/profile/{delivery.Id}", CustomerEvents.CustomerProfile, customer), ct);

    /// <summary>
    /// Keeps the request (with its payload), erases the customer (<see cref="CustomerErasure"/>: its merged customer
    /// too) and marks the request done. A redelivery of a request whose erasure failed tries again; one already done
    /// is a duplicate, so it never erases a customer who came back later.
    /// </summary>
    public async Task<string> RedactAsync(WebhookDelivery delivery, string customerId, CancellationToken ct)
    {
        await using (var tx = await scope.BeginAsync(delivery.TenantId, ct))
        await using (var record = tx.Command("""
            INSERT INTO shop_redactions (tenant_id, connection_id, delivery_id, customer_id, payload) VALUES ($1, $2, $3, $4, $5::jsonb)
            ON CONFLICT DO NOTHING
            """))
        {
            record.Parameters.AddWithValue(delivery.TenantId);
            record.Parameters.AddWithValue(delivery.ConnectionId);
            record.Parameters.AddWithValue(delivery.Id);
            record.Parameters.AddWithValue(customerId);
            record.Parameters.AddWithValue(System.Text.Encoding.UTF8.GetString(delivery.Body));
            await record.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (!await IsPendingAsync(delivery, ct)) return WebhookOutcome.Of(false);
        await erasure.EraseAsync(delivery.TenantId, customerId, $"shop connection {delivery.ConnectionId}", "customers/redact", ct);
        await using (var tx = await scope.BeginAsync(delivery.TenantId, ct))
        await using (var done = tx.Command("UPDATE shop_redactions SET erased_at = now() WHERE tenant_id = $1 AND connection_id = $2 AND delivery_id = $3"))
        {
            done.Parameters.AddWithValue(delivery.TenantId);
            done.Parameters.AddWithValue(delivery.ConnectionId);
            done.Parameters.AddWithValue(delivery.Id);
            await done.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        return WebhookOutcome.Of(true);
    }

    private async Task<bool> IsPendingAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(delivery.TenantId, ct);
        await using var pending = tx.Command("""
            SELECT EXISTS (SELECT 1 FROM shop_redactions WHERE tenant_id = $1 AND connection_id = $2 AND delivery_id = $3 AND erased_at IS NULL)
            """);
        pending.Parameters.AddWithValue(delivery.TenantId);
        pending.Parameters.AddWithValue(delivery.ConnectionId);
        pending.Parameters.AddWithValue(delivery.Id);
        return (bool)(await pending.ExecuteScalarAsync(ct))!;
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
