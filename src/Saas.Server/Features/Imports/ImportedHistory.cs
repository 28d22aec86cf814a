using System.Text.Json;
using Npgsql;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Grains.Events;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Identities;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Imports;

/// <summary>What applying a file's staged rows gave: the orders (or customers) it held, how many orders were new, and their customers.</summary>
public sealed record AppliedImport(long Orders, long NewOrders, long Customers);

/// <summary>
/// Turns a file's staged rows into events, one per customer (a customer's orders travel together), keyed by customer
/// exactly as API orders are. The rows are read once, sorted by customer, and appended batch by batch; each batch first
/// claims its orders in imported_orders, in the transaction that appends its events. An order id already received (by
/// API, webhook or an earlier import) is left out, so no order is counted twice, and within the file the first
/// customer in id order that names an order keeps it (batches go in that order). Source ids come from the file's
/// SHA-256, so the same file appends nothing twice; claims name their import, so an import cut short and run again
/// claims the same orders again and appends the same events, which the log then drops.
/// </summary>
public sealed class ImportedHistory(NpgsqlDataSource db, EventLog log, CustomerResolution resolution, GrainJson json)
{
    private const int EventsPerAppend = 2_000;
    /// <summary>Orders whose customers' events are appended per round trip.</summary>
    private const int OrdersPerAppend = 10_000;
    private const int MaxOrdersPerEvent = 1_000;
    /// <summary>Statements over a whole file's rows may take minutes on a large file.</summary>
    private const int WholeFileTimeoutSeconds = 30 * 60;

    public async Task<AppliedImport> ApplyOrdersAsync(string tenantId, string importId, string sha256, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await SortInMemoryAsync(connection, ct);
        await using var cmd = new NpgsqlCommand("""
            SELECT customer_id, order_id, placed_at, total, currency, email, name, phone, city, region, channel,
                   sku, category, quantity, price, discount, unit_cost
            FROM import_order_rows
            WHERE tenant_id = $1 AND import_id = $2
            ORDER BY customer_id, order_id, line
            """, connection);
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
            fileOrders++;
            if (batch.Count == 0 || batch[^1].CustomerId != current.Customer.Id) batch.Add(new CustomerOrders(current.Customer.Id, []));
            batch[^1].Orders.Add(current with { Lines = lines!.ToArray() });
            batchOrders++;
            current = null;
        }
        async Task FlushBatchAsync()
        {
            var (orders, owners) = await AppendAsync(tenantId, importId, sha256, batch, ct);
            newOrders += orders;
            customers += owners;
            batch.Clear();
            batchOrders = 0;
        }

        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var customerId = reader.GetString(0);
                var orderId = reader.GetString(1);
                if (current is not null && current.Customer.Id != customerId)
                {
                    CloseOrder();
                    // A customer's orders travel together: batches end between customers.
                    if (batchOrders >= OrdersPerAppend) await FlushBatchAsync();
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
        await transaction.CommitAsync(ct);
        return new AppliedImport(fileOrders, newOrders, customers);
    }

    public async Task<AppliedImport> ApplyCustomersAsync(string tenantId, string importId, string sha256, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await SortInMemoryAsync(connection, ct);
        // A customer listed twice takes its last row.
        await using var cmd = new NpgsqlCommand("""
            SELECT DISTINCT ON (customer_id) customer_id, email, name, phone, gender, birth_year, city, occupation, income_band, region
            FROM import_customer_rows WHERE tenant_id = $1 AND import_id = $2
            ORDER BY customer_id, line DESC
            """, connection);
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
            }
        }
        await AppendCustomersAsync(tenantId, sha256, pending, ct);
        await transaction.CommitAsync(ct);
        return new AppliedImport(0, 0, customers);
    }

    /// <summary>Claims the batch's orders and appends one event per customer with the orders it claimed, oldest first.</summary>
    /// <returns>The orders appended and the customers they belong to.</returns>
    private async Task<(long Orders, long Customers)> AppendAsync(
        string tenantId, string importId, string sha256, IReadOnlyList<CustomerOrders> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return (0, 0);
        // Another import of the tenant can claim and resolve the same orders and customers in another order; one gives way.
        return await DeadlockRetry.RunAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var claimed = await ClaimAsync(connection, tenantId, importId, batch, ct);
            var mine = batch
                .Select(c => (c.CustomerId, Orders: c.Orders.Where(o => claimed.GetValueOrDefault(o.Id) == c.CustomerId).OrderBy(o => o.PlacedAt).ToArray()))
                .Where(c => c.Orders.Length > 0).ToArray();
            if (mine.Length == 0) return (0L, 0L);
            var owners = await resolution.ResolveAsync(connection, tenantId, [.. mine.Select(c => c.Orders[0].Customer)], ct);
            var events = new List<NewEvent>();
            long orders = 0;
            foreach (var (customerId, customerOrders) in mine)
            {
                for (var part = 0; part * MaxOrdersPerEvent < customerOrders.Length; part++)
                {
                    events.Add(new NewEvent(CustomerGrains.Of(tenantId, owners[customerId]), $"import/{sha256}/{customerId}/{part}", CustomerEvents.OrdersImported,
                        JsonSerializer.SerializeToUtf8Bytes(customerOrders.Skip(part * MaxOrdersPerEvent).Take(MaxOrdersPerEvent).ToArray(), json.Options)));
                }
                orders += customerOrders.Length;
            }
            await log.AppendAsync(connection, events, ct);
            await transaction.CommitAsync(ct);
            return (orders, (long)mine.Length);
        });
    }

    /// <summary>
    /// Claims, in the caller's transaction, the batch's orders not received before: an order id already in the event
    /// log or claimed by another import or customer stays with them. Within the batch the first customer naming an
    /// order keeps it; earlier batches came before. A claim this import made in a run cut short counts as made.
    /// </summary>
    /// <returns>The orders this import now holds, each with the customer that named it.</returns>
    private static async Task<Dictionary<string, string>> ClaimAsync(
        NpgsqlConnection connection, string tenantId, string importId, IReadOnlyList<CustomerOrders> batch, CancellationToken ct)
    {
        await TenantLocks.HoldAsync(connection, [tenantId], ct);
        var firstNamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (customerId, orders) in batch)
        {
            foreach (var order in orders) firstNamed.TryAdd(order.Id, customerId);
        }
        // Rows are locked in order id order, so that two imports claiming the same orders queue rather than deadlock.
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO imported_orders AS i (tenant_id, order_id, customer_id, import_id)
            SELECT $1, u.order_id, u.customer_id, $2 FROM unnest($3::text[], $4::text[]) AS u(order_id, customer_id)
            WHERE NOT EXISTS (SELECT 1 FROM grain_events e WHERE e.scope = $1 AND e.source_id = 'order/' || u.order_id)
            ORDER BY u.order_id COLLATE "C"
            ON CONFLICT (tenant_id, order_id) DO UPDATE SET import_id = excluded.import_id
                WHERE i.import_id = excluded.import_id AND i.customer_id = excluded.customer_id
            RETURNING order_id
            """, connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(importId);
        cmd.Parameters.AddWithValue(firstNamed.Keys.ToArray());
        cmd.Parameters.AddWithValue(firstNamed.Values.ToArray());
        var claimed = new Dictionary<string, string>(firstNamed.Count, StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var orderId = reader.GetString(0);
            claimed[orderId] = firstNamed[orderId];
        }
        return claimed;
    }

    /// <summary>
    /// Lets this transaction sort a whole file's rows in memory (a million rows take about 150 MB) rather than in
    /// temporary files, which made the sort several times slower.
    /// </summary>
    private static async Task SortInMemoryAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SET LOCAL work_mem = '256MB'", connection);
        await cmd.ExecuteNonQueryAsync(ct);
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

    private sealed record CustomerOrders(string CustomerId, List<Order> Orders);

    /// <summary>Appends each customer's details to the customer its identities resolve to, and empties the list.</summary>
    private async Task AppendCustomersAsync(string tenantId, string sha256, List<ImportedCustomer> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await resolution.AppendAsync(tenantId, [.. pending.Select(c => new CustomerEvent(c.Basics, $"import/{sha256}/{c.Basics.Id}",
            CustomerEvents.CustomerImported, JsonSerializer.SerializeToUtf8Bytes(c, json.Options)))], ct);
        pending.Clear();
    }
}
