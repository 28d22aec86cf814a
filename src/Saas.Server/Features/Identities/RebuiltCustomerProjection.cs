using Npgsql;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Server.Features.Analyses;
using Saas.Server.Features.Customers;
using Saas.Server.Features.Feedback;

namespace Saas.Server.Features.Identities;

/// <summary>
/// After a merge, a split or an erasure (see <see cref="Saas.Grains.Events.GrainRebuild"/>), in the checkpoint
/// transaction and after the other projections: a removed customer's rows go; a rebuilt customer's per-customer
/// rows are recomputed from its whole history (its replayed facts with the new ones), since the projections that
/// add facts up skip replays. Registered last.
/// </summary>
public sealed class RebuiltCustomerProjection(GrainJson json) : ICheckpointParticipant
{
    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        foreach (var tenant in Customers(context.Removed))
        {
            await CustomerReadModels.DeleteAsync(context.Connection, tenant.Key, [.. tenant.Select(g => g.CustomerId)], cancellationToken);
        }
        var rebuilt = context.Rebuilt.Where(g => g.Type == CustomerGrain.TypeName).ToHashSet();
        if (rebuilt.Count == 0) return;
        var history = context.Facts.Concat(context.ReplayedFacts).ToArray();
        foreach (var tenant in Customers(rebuilt))
        {
            var ids = tenant.Select(g => g.CustomerId).ToHashSet();
            await RecomputeProfitsAsync(context, tenant.Key, ids, history, cancellationToken);
            await PruneCategoriesAsync(context, tenant.Key, ids, cancellationToken);
            await RecountFeedbackAsync(context, tenant.Key, ids, history, cancellationToken);
        }
    }

    private static IEnumerable<IGrouping<string, (string Tenant, string CustomerId)>> Customers(IEnumerable<GrainId> grains) =>
        grains.Where(g => g.Type == CustomerGrain.TypeName)
            .Select(g => (Tenant: g.Scope, CustomerId: CustomerEvents.CustomerIdOf(g.Key)))
            .GroupBy(c => c.Tenant);

    private static async Task RecomputeProfitsAsync(
        CheckpointContext context, string tenantId, HashSet<string> ids, IReadOnlyList<PendingFact> history, CancellationToken ct)
    {
        var totals = ids.ToDictionary(id => id, id => CustomerProfit.None(tenantId, id));
        foreach (var fact in history.Where(f => f.Scope == tenantId))
        {
            if (fact.Kind == CustomerEvents.OrderAppliedFact)
            {
                var order = fact.Read<OrderApplied>();
                if (totals.TryGetValue(order.CustomerId, out var sum)) totals[order.CustomerId] = sum.Plus(order);
            }
            else if (fact.Kind == CustomerEvents.OrderProfitChangedFact)
            {
                var change = fact.Read<OrderProfitChanged>();
                if (totals.TryGetValue(change.CustomerId, out var sum)) totals[change.CustomerId] = sum.Plus(change);
            }
        }
        await CustomerProfitRows.RemoveAsync(context.Connection, tenantId, [.. totals.Values.Where(t => t.Orders == 0).Select(t => t.CustomerId)], ct);
        await CustomerProfitRows.SetAsync(context.Connection, tenantId, [.. totals.Values.Where(t => t.Orders > 0)], ct);
    }

    /// <summary>The customers projection upserted the categories the rebuilt state has; those it no longer has go.</summary>
    private static async Task PruneCategoriesAsync(CheckpointContext context, string tenantId, HashSet<string> ids, CancellationToken ct)
    {
        var kept = context.StatesOf<CustomerState>(CustomerGrain.TypeName)
            .Where(s => s.Grain.Scope == tenantId && ids.Contains(CustomerEvents.CustomerIdOf(s.Grain.Key)))
            .SelectMany(s => s.State.History.Categories.Keys.Select(c => (Customer: CustomerEvents.CustomerIdOf(s.Grain.Key), Category: c)))
            .ToArray();
        await using var cmd = new NpgsqlCommand("""
            DELETE FROM customer_categories c WHERE c.tenant_id = $1 AND c.customer_id = ANY($2)
              AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS k(customer_id, category)
                              WHERE k.customer_id = c.customer_id AND k.category = c.category)
            """, context.Connection);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(ids.ToArray());
        cmd.Parameters.AddWithValue(kept.Select(k => k.Customer).ToArray());
        cmd.Parameters.AddWithValue(kept.Select(k => k.Category).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Counts each rebuilt customer's feedback totals again from its rows (which merges and splits re-assign).</summary>
    private async Task RecountFeedbackAsync(
        CheckpointContext context, string tenantId, HashSet<string> ids, IReadOnlyList<PendingFact> history, CancellationToken ct)
    {
        await using (var delete = new NpgsqlCommand("DELETE FROM customer_feedback WHERE tenant_id = $1 AND customer_id = ANY($2)", context.Connection))
        {
            delete.Parameters.AddWithValue(tenantId);
            delete.Parameters.AddWithValue(ids.ToArray());
            await delete.ExecuteNonQueryAsync(ct);
        }
        var facts = history.Where(f => f.Scope == tenantId && f.Kind == FeedbackEvents.AppliedFact
            && ids.Contains(f.Read<FeedbackApplied>().CustomerId)).ToArray();
        await new FeedbackProjection().WriteAsync(new CheckpointContext(context.Connection, [], [], facts, json.Options), ct);
    }
}
