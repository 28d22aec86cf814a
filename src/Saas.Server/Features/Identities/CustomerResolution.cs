using Npgsql;
using Saas.Domain.Orders;
using Saas.Grains.Events;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Identities;

/// <summary>An event about a customer as a shop reported it, before it is known which customer of the tenant that is.</summary>
public sealed record CustomerEvent(CustomerBasics Customer, string SourceId, string Kind, byte[] Utf8Payload);

/// <summary>
/// Decides which customer of the tenant each reported customer is (docs/IDENTITIES.md), merging customers that turn
/// out to be one, and keys their events to that customer's grain. Every intake path goes through here.
/// </summary>
public sealed class CustomerResolution(NpgsqlDataSource db, EventLog log, IdentityMerges merges)
{
    /// <summary>
    /// Resolves the events' customers and appends the events to the resolved customers' grains in one transaction
    /// (so a merge and the events that caused it are durable together).
    /// </summary>
    /// <returns>For each event in order: true if appended now, false if its source id was already in the log.</returns>
    public Task<bool[]> AppendAsync(string tenantId, IReadOnlyList<CustomerEvent> events, CancellationToken ct) =>
        // Two intakes merging customers that share identities can lock them in different orders; one gives way.
        DeadlockRetry.RunAsync(async () =>
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var customers = await ResolveAsync(connection, tenantId, [.. events.Select(e => e.Customer)], ct);
            var appended = await log.AppendAsync(connection,
                [.. events.Select(e => new NewEvent(CustomerGrains.Of(tenantId, customers[e.Customer.Id]), e.SourceId, e.Kind, e.Utf8Payload))], ct);
            await transaction.CommitAsync(ct);
            return appended;
        });

    /// <summary>
    /// In the caller's transaction: records the customers' identities, merges the customers they show to be one, and
    /// answers the customer each reported id belongs to. The identities' rows stay locked until the caller commits.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(
        NpgsqlConnection connection, string tenantId, IReadOnlyList<CustomerBasics> reported, CancellationToken ct)
    {
        var keysBySource = reported.GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(IdentityKeys.Of).Distinct().ToArray(), StringComparer.Ordinal);
        var rows = await IdentityRows.ClaimAsync(connection, tenantId,
            [.. keysBySource.SelectMany(s => s.Value.Select(k => (Key: k, Candidate: s.Key))).DistinctBy(c => c.Key)], ct);
        var pinned = await IdentityRows.PinnedOwnersAsync(connection, tenantId, [.. rows.Values.Select(r => r.Owner).Distinct()], ct);
        foreach (var keys in keysBySource.Values)
        {
            var mine = keys.Select(k => (Key: k, Row: rows[k])).ToArray();
            // A source id a split gave back its own customer merges with nobody on its own reports.
            if (pinned.Contains(mine[0].Row.Owner)) continue;
            var target = mine.MinBy(m => (m.Row.CreatedAt, m.Row.Owner)).Row.Owner;
            foreach (var joining in mine.Select(m => m.Row.Owner).Where(o => o != target && !pinned.Contains(o)).Distinct().ToArray())
            {
                // What links them: a contact the remaining customer already had, else one the joining customer had.
                var matched = mine.Where(m => m.Key.IsContact).OrderBy(m => m.Row.Owner == target ? 0 : 1)
                    .First(m => m.Row.Owner == target || m.Row.Owner == joining).Key;
                await merges.MergeAsync(connection, tenantId, joining, target, matched, ct);
                foreach (var key in rows.Where(r => r.Value.Owner == joining).Select(r => r.Key).ToArray())
                {
                    rows[key] = rows[key] with { Owner = target };
                }
            }
        }
        // Read at the end: a customer resolved early in the batch may have joined another later in it.
        return keysBySource.Keys.ToDictionary(s => s, s => rows[new IdentityKey(IdentityKey.Source, s)].Owner, StringComparer.Ordinal);
    }
}
