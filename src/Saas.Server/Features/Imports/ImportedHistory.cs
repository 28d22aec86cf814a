using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Imports;

/// <summary>What applying a file's staged rows gave: the orders (or customers) it held, how many orders were new, and their customers.</summary>
public sealed record AppliedImport(long Orders, long NewOrders, long Customers);

/// <summary>
/// Turns a file's staged rows into events, one per customer (a customer's orders travel together), keyed by customer
/// exactly as API orders are. Source ids come from the file's SHA-256, so the same file appends nothing twice; an
/// order is claimed in imported_orders first, and an order id already received (by API, webhook or an earlier import)
/// is left out, so no order is counted twice. Claims name their import, so an import cut short and run again appends
/// the same events, which the log then drops as duplicates.
/// </summary>
public sealed class ImportedHistory(NpgsqlDataSource db, EventLog log, GrainJson json)
{
    private const int EventsPerAppend = 2_000;
    private const int MaxOrdersPerEvent = 1_000;
    /// <summary>Statements over a whole file's rows may take minutes on a large file.</summary>
    private const int WholeFileTimeoutSeconds = 30 * 60;

    /// <summary>The grains' JSON without the absent fields: a file's events are large, and the grain reads an absent field as null.</summary>
    private readonly JsonSerializerOptions _payload = new(json.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<AppliedImport> ApplyOrdersAsync(string tenantId, string importId, string sha256, CancellationToken ct)
    {
        var fileOrders = await ClaimOrdersAsync(tenantId, importId, ct);
        await using var cmd = db.CreateCommand("""
            SELECT r.customer_id, r.order_id, r.placed_at, r.total, r.currency, r.email, r.name, r.phone, r.city, r.region, r.channel,
                   r.sku, r.category, r.quantity, r.price, r.discount, r.unit_cost
            FROM import_order_rows r
            JOIN imported_orders i ON i.tenant_id = r.tenant_id AND i.order_id = r.order_id AND i.import_id = r.import_id
                                  AND i.customer_id = r.customer_id
            WHERE r.tenant_id = $1 AND r.import_id = $2
            ORDER BY r.customer_id, r.order_id, r.line
            """);
        cmd.CommandTimeout = WholeFileTimeoutSeconds;
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        var pending = new List<NewEvent>(EventsPerAppend);
        var orders = new List<Order>();
        var lines = new List<OrderLine>();
        Order? current = null;
        string? customer = null;
        long newOrders = 0, customers = 0;

        void CloseOrder()
        {
            if (current is null) return;
            orders.Add(current with { Lines = lines.ToArray() });
            lines.Clear();
            current = null;
        }
        async Task CloseCustomerAsync()
        {
            CloseOrder();
            if (customer is null) return;
            orders.Sort((a, b) => a.PlacedAt.CompareTo(b.PlacedAt));
            for (var part = 0; part * MaxOrdersPerEvent < orders.Count; part++)
            {
                var chunk = orders.Skip(part * MaxOrdersPerEvent).Take(MaxOrdersPerEvent).ToArray();
                pending.Add(new NewEvent(CustomerGrain(tenantId, customer), $"import/{sha256}/{customer}/{part}",
                    CustomerEvents.OrdersImported, JsonSerializer.Serialize(chunk, _payload)));
            }
            newOrders += orders.Count;
            customers++;
            orders.Clear();
            if (pending.Count >= EventsPerAppend) await FlushAsync(pending, ct);
        }

        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var customerId = reader.GetString(0);
                var orderId = reader.GetString(1);
                if (customerId != customer)
                {
                    await CloseCustomerAsync();
                    customer = customerId;
                }
                if (current?.Id != orderId)
                {
                    CloseOrder();
                    current = new Order(orderId,
                        new CustomerBasics(customerId, reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7), City: reader.GetStringOrNull(8)),
                        reader.GetFieldValue<DateTimeOffset>(2), reader.GetDecimal(3), reader.GetString(4), [],
                        Channel: reader.GetStringOrNull(10), Region: reader.GetStringOrNull(9));
                }
                if (LineOf(reader) is { } line) lines.Add(line);
            }
        }
        await CloseCustomerAsync();
        await FlushAsync(pending, ct);
        return new AppliedImport(fileOrders, newOrders, customers);
    }

    public async Task<AppliedImport> ApplyCustomersAsync(string tenantId, string importId, string sha256, CancellationToken ct)
    {
        // A customer listed twice takes its last row.
        await using var cmd = db.CreateCommand("""
            SELECT DISTINCT ON (customer_id) customer_id, email, name, phone, gender, birth_year, city, occupation, income_band, region
            FROM import_customer_rows WHERE tenant_id = $1 AND import_id = $2
            ORDER BY customer_id, line DESC
            """);
        cmd.CommandTimeout = WholeFileTimeoutSeconds;
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        var pending = new List<NewEvent>(EventsPerAppend);
        long customers = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var customerId = reader.GetString(0);
                var basics = new CustomerBasics(customerId, reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3),
                    reader.GetStringOrNull(4), reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetStringOrNull(6),
                    reader.GetStringOrNull(7), reader.GetStringOrNull(8));
                pending.Add(new NewEvent(CustomerGrain(tenantId, customerId), $"import/{sha256}/{customerId}", CustomerEvents.CustomerImported,
                    JsonSerializer.Serialize(new ImportedCustomer(basics, reader.GetStringOrNull(9)), _payload)));
                customers++;
                if (pending.Count >= EventsPerAppend) await FlushAsync(pending, ct);
            }
        }
        await FlushAsync(pending, ct);
        return new AppliedImport(0, 0, customers);
    }

    /// <summary>
    /// Claims the file's orders not received before, each for the customer of its first line, and returns how many
    /// orders the file holds. Lines of an order under another customer id than its first line are left out.
    /// </summary>
    private async Task<long> ClaimOrdersAsync(string tenantId, string importId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH file_orders AS (
                SELECT DISTINCT ON (order_id) order_id, customer_id FROM import_order_rows
                WHERE tenant_id = $1 AND import_id = $2 ORDER BY order_id, line),
            claimed AS (
                INSERT INTO imported_orders (tenant_id, order_id, customer_id, import_id)
                SELECT $1, f.order_id, f.customer_id, $2 FROM file_orders f
                WHERE NOT EXISTS (SELECT 1 FROM grain_events e WHERE e.scope = $1 AND e.source_id = 'order/' || f.order_id)
                ON CONFLICT DO NOTHING)
            SELECT count(*) FROM file_orders
            """);
        cmd.CommandTimeout = WholeFileTimeoutSeconds;
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        var orders = (long)(await cmd.ExecuteScalarAsync(ct))!;
        // The staged rows and the claims arrived in bulk: without fresh statistics the planner joins them row by row.
        await using var analyze = db.CreateCommand("ANALYZE import_order_rows, imported_orders");
        analyze.CommandTimeout = WholeFileTimeoutSeconds;
        await analyze.ExecuteNonQueryAsync(ct);
        return orders;
    }

    private static OrderLine? LineOf(NpgsqlDataReader reader)
    {
        var sku = reader.GetStringOrNull(11);
        var category = reader.GetStringOrNull(12);
        if (sku is null && category is null) return null;
        var quantity = reader.IsDBNull(13) ? 1 : reader.GetInt32(13);
        var price = reader.IsDBNull(14) ? reader.GetDecimal(3) / quantity : reader.GetDecimal(14);
        return new OrderLine(sku ?? category!, category, quantity, price,
            reader.IsDBNull(15) ? 0m : reader.GetDecimal(15), reader.IsDBNull(16) ? null : reader.GetDecimal(16));
    }

    private static GrainId CustomerGrain(string tenantId, string customerId) =>
        new(Customers.CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, customerId));

    private async Task FlushAsync(List<NewEvent> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await log.AppendAsync(pending, ct);
        pending.Clear();
    }
}
