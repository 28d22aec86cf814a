using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identities;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Imports;

/// <summary>What applying a file's staged rows gave: the orders (or customers) it held, how many orders were new, and their customers.</summary>
public sealed record AppliedImport(long Orders, long NewOrders, long Customers);

/// <summary>
/// Turns a file's staged rows into events, one per customer (a customer's orders travel together), keyed by customer
/// exactly as API orders are. The rows are read once, sorted by customer; batch by batch, the orders are claimed in
/// imported_orders and an order id already received (by API, webhook or an earlier import) is left out, so no order
/// is counted twice. Source ids come from the file's SHA-256, so the same file appends nothing twice; claims name
/// their import, so an import cut short and run again appends the same events, which the log then drops.
/// </summary>
public sealed class ImportedHistory(NpgsqlDataSource db, EventLog log, CustomerResolution resolution, GrainJson json)
{
    private const int EventsPerAppend = 2_000;
    /// <summary>Orders claimed, and their customers' events appended, per round trip.</summary>
    private const int OrdersPerClaim = 10_000;
    private const int MaxOrdersPerEvent = 1_000;
    /// <summary>Statements over a whole file's rows may take minutes on a large file.</summary>
    private const int WholeFileTimeoutSeconds = 30 * 60;

    /// <summary>The grains' JSON without the absent fields: a file's events are large, and the grain reads an absent field as null.</summary>
    private readonly JsonSerializerOptions _payload = new(json.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <param name="heartbeat">Called after each batch: a long append still counts as progress.</param>
    public async Task<AppliedImport> ApplyOrdersAsync(string tenantId, string importId, string sha256, Func<Task> heartbeat, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT customer_id, order_id, placed_at, total, currency, email, name, phone, city, region, channel,
                   sku, category, quantity, price, discount, unit_cost
            FROM import_order_rows WHERE tenant_id = $1 AND import_id = $2
            ORDER BY customer_id, order_id, line
            """);
        cmd.CommandTimeout = WholeFileTimeoutSeconds;
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        var batch = new List<CustomerOrders>();
        var batchOrders = 0;
        List<OrderLine>? lines = null;
        Order? current = null;
        long fileOrders = 0, newOrders = 0, customers = 0;

        void CloseOrder()
        {
            if (current is null) return;
            batch[^1].Orders.Add(current with { Lines = lines!.ToArray() });
            fileOrders++;
            batchOrders++;
            current = null;
        }
        async Task FlushBatchAsync()
        {
            var (orders, owners) = await AppendClaimedAsync(tenantId, importId, sha256, batch, ct);
            newOrders += orders;
            customers += owners;
            batch.Clear();
            batchOrders = 0;
            await heartbeat();
        }

        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var customerId = reader.GetString(0);
                var orderId = reader.GetString(1);
                if (batch.Count == 0 || batch[^1].CustomerId != customerId)
                {
                    CloseOrder();
                    if (batchOrders >= OrdersPerClaim) await FlushBatchAsync();
                    batch.Add(new CustomerOrders(customerId, []));
                }
                if (current?.Id != orderId)
                {
                    CloseOrder();
                    lines = [];
                    current = new Order(orderId,
                        new CustomerBasics(customerId, reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7), City: reader.GetStringOrNull(8)),
                        reader.GetFieldValue<DateTimeOffset>(2), reader.GetDecimal(3), reader.GetString(4), [],
                        Channel: reader.GetStringOrNull(10), Region: reader.GetStringOrNull(9));
                }
                if (LineOf(reader) is { } line) lines!.Add(line);
            }
        }
        CloseOrder();
        await FlushBatchAsync();
        return new AppliedImport(fileOrders, newOrders, customers);
    }

    public async Task<AppliedImport> ApplyCustomersAsync(string tenantId, string importId, string sha256, Func<Task> heartbeat, CancellationToken ct)
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
        var pending = new List<ImportedCustomer>(EventsPerAppend);
        long customers = 0;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var basics = new CustomerBasics(reader.GetString(0), reader.GetStringOrNull(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3),
                    reader.GetStringOrNull(4), reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetStringOrNull(6),
                    reader.GetStringOrNull(7), reader.GetStringOrNull(8));
                pending.Add(new ImportedCustomer(basics, reader.GetStringOrNull(9)));
                customers++;
                if (pending.Count < EventsPerAppend) continue;
                await AppendCustomersAsync(tenantId, sha256, pending, ct);
                await heartbeat();
            }
        }
        await AppendCustomersAsync(tenantId, sha256, pending, ct);
        return new AppliedImport(0, 0, customers);
    }

    /// <summary>
    /// Claims the batch's orders not received before (an order id already in the event log or claimed by another
    /// import stays with them; within the file, the first customer in id order that names an order keeps it) and
    /// appends one event per customer with its claimed orders, oldest first.
    /// </summary>
    /// <returns>The orders appended and the customers they belong to.</returns>
    private async Task<(long Orders, long Customers)> AppendClaimedAsync(
        string tenantId, string importId, string sha256, IReadOnlyList<CustomerOrders> batch, CancellationToken ct)
    {
        var claimed = await ClaimAsync(tenantId, importId, batch, ct);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var owners = await resolution.ResolveAsync(connection, tenantId, [.. batch.Select(c => c.Orders[0].Customer)], ct);
        var events = new List<NewEvent>();
        long orders = 0, customers = 0;
        foreach (var (customerId, all) in batch)
        {
            var mine = all.Where(o => claimed.Contains(o.Id)).OrderBy(o => o.PlacedAt).ToArray();
            if (mine.Length == 0) continue;
            for (var part = 0; part * MaxOrdersPerEvent < mine.Length; part++)
            {
                events.Add(new NewEvent(CustomerGrain(tenantId, owners[customerId]), $"import/{sha256}/{customerId}/{part}", CustomerEvents.OrdersImported,
                    JsonSerializer.Serialize(mine.Skip(part * MaxOrdersPerEvent).Take(MaxOrdersPerEvent).ToArray(), _payload)));
            }
            orders += mine.Length;
            customers++;
        }
        await log.AppendAsync(connection, events, ct);
        await transaction.CommitAsync(ct);
        return (orders, customers);
    }

    /// <returns>The order ids this import holds: claimed now, or by this same import in a run cut short.</returns>
    private async Task<HashSet<string>> ClaimAsync(string tenantId, string importId, IReadOnlyList<CustomerOrders> batch, CancellationToken ct)
    {
        // One statement may not claim an order twice, so an order id repeated under another customer is left to the first.
        var seen = new HashSet<string>();
        var owned = batch.SelectMany(c => c.Orders).Where(o => seen.Add(o.Id)).ToArray();
        await using var cmd = db.CreateCommand("""
            INSERT INTO imported_orders AS i (tenant_id, order_id, customer_id, import_id)
            SELECT $1, b.order_id, b.customer_id, $2 FROM unnest($3::text[], $4::text[]) AS b(order_id, customer_id)
            WHERE NOT EXISTS (SELECT 1 FROM grain_events e WHERE e.scope = $1 AND e.source_id = 'order/' || b.order_id)
            ON CONFLICT (tenant_id, order_id) DO UPDATE SET import_id = excluded.import_id
                WHERE i.import_id = excluded.import_id AND i.customer_id = excluded.customer_id
            RETURNING order_id
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        cmd.Parameters.AddWithValue(owned.Select(o => o.Id).ToArray());
        cmd.Parameters.AddWithValue(owned.Select(o => o.Customer.Id).ToArray());
        var claimed = new HashSet<string>(owned.Length);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) claimed.Add(reader.GetString(0));
        return claimed;
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

    private sealed record CustomerOrders(string CustomerId, List<Order> Orders);

    /// <summary>Appends each customer's details to the customer its identities resolve to, and empties the list.</summary>
    private async Task AppendCustomersAsync(string tenantId, string sha256, List<ImportedCustomer> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var owners = await resolution.ResolveAsync(connection, tenantId, [.. pending.Select(c => c.Basics)], ct);
        await log.AppendAsync(connection, [.. pending.Select(c => new NewEvent(CustomerGrain(tenantId, owners[c.Basics.Id]),
            $"import/{sha256}/{c.Basics.Id}", CustomerEvents.CustomerImported, JsonSerializer.Serialize(c, _payload)))], ct);
        await transaction.CommitAsync(ct);
        pending.Clear();
    }
}
