using System.Text.Json;
using Saas.Domain.Feedback;
using Saas.Domain.Orders;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Feedback;
using Saas.Server.Features.Identities;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Privacy;

/// <summary>Everything the tenant holds about one customer (GDPR access request), as one JSON document.</summary>
public sealed record CustomerDataExport(
    DateTimeOffset ExportedAt,
    CustomerProfile Profile,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<FeedbackEvent> Feedback,
    CustomerIdentities Identities);

public sealed class CustomerExport(GrainRuntime grains, GrainJson json, TimeProvider time)
{
    /// <returns>Null if the tenant has no such customer.</returns>
    public async Task<CustomerDataExport?> ExportAsync(TenantTransaction tx, string tenantId, string customerId, CancellationToken ct)
    {
        if (await CustomerProfiles.ReadAsync(tx, grains, tenantId, customerId, ct) is not { } profile) return null;
        var orders = new List<Order>();
        var feedback = new List<FeedbackEvent>();
        // The event log is the customer's record as its shops reported it (row-level security scopes it too).
        await using var cmd = tx.Command("""
            SELECT kind, payload::text FROM grain_events WHERE grain_type = $1 AND grain_key = $2 AND kind = ANY($3) ORDER BY tx_id, seq
            """);
        cmd.Parameters.AddWithValue(CustomerGrain.TypeName);
        cmd.Parameters.AddWithValue(CustomerEvents.CustomerKey(tenantId, customerId));
        cmd.Parameters.AddWithValue(new[] { CustomerEvents.OrderPlaced, FeedbackEvents.Received });
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetString(0) == CustomerEvents.OrderPlaced) orders.Add(Read<Order>(reader.GetString(1)));
                else feedback.Add(Read<FeedbackEvent>(reader.GetString(1)));
            }
        }
        return new CustomerDataExport(time.GetUtcNow(), profile, orders, feedback, await IdentityQueries.OfAsync(tx, tenantId, customerId, ct));
    }

    private T Read<T>(string payload) => JsonSerializer.Deserialize<T>(payload, json.Options)!;
}
