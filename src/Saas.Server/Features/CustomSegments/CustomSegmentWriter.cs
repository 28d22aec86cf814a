using Saas.Grains.Cluster;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.CustomSegments;

public enum SaveRefusal
{
    NotFound,
    NameTaken,
    LimitReached,
}

/// <summary>The saved segment, or why it was not saved.</summary>
public sealed record SaveOutcome(CustomSegmentView? Saved, SaveRefusal? Refusal);

/// <summary>
/// Writes a tenant's definitions under its row lock (no checkpoint of the tenant is open meanwhile), with the
/// membership of its existing customers in the same transaction, and hands the new definitions to this node's cache.
/// </summary>
public sealed class CustomSegmentWriter(TenantScope scope, CustomSegmentCache cache, PartitionMap partitions)
{
    public Task<SaveOutcome> CreateAsync(string tenantId, CustomSegmentInput input, CancellationToken ct) => SaveAsync(tenantId, null, input, ct);

    public Task<SaveOutcome> UpdateAsync(string tenantId, long id, CustomSegmentInput input, CancellationToken ct) => SaveAsync(tenantId, id, input, ct);

    /// <returns>False when the tenant has no such segment.</returns>
    public async Task<bool> DeleteAsync(string tenantId, long id, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await CustomSegmentStore.LockTenantAsync(tx, tenantId, ct);
        if (!await CustomSegmentStore.DeleteAsync(tx, tenantId, id, ct)) return false;
        await CommitAsync(tx, tenantId, ct);
        return true;
    }

    private async Task<SaveOutcome> SaveAsync(string tenantId, long? id, CustomSegmentInput input, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await CustomSegmentStore.LockTenantAsync(tx, tenantId, ct);
        if (await CustomSegmentStore.NameTakenAsync(tx, tenantId, input.Name.Trim(), id, ct)) return Refused(SaveRefusal.NameTaken);
        long segmentId;
        if (id is { } existing)
        {
            if (!await CustomSegmentStore.UpdateAsync(tx, tenantId, existing, input, ct)) return Refused(SaveRefusal.NotFound);
            segmentId = existing;
        }
        else
        {
            if (await CustomSegmentStore.CountAsync(tx, tenantId, ct) >= CustomSegmentStore.MaxPerTenant) return Refused(SaveRefusal.LimitReached);
            segmentId = await CustomSegmentStore.InsertAsync(tx, tenantId, input, ct);
        }
        await ExistingCustomers.MatchAsync(tx, tenantId, segmentId, input.Rule, now, ct);
        await ExistingCustomers.WakeBeforeTimeMovesAsync(tx, tenantId, input.Rule, now, partitions, ct);
        var saved = await CustomSegmentStore.FindAsync(tx, tenantId, segmentId, ct);
        await CommitAsync(tx, tenantId, ct);
        return new SaveOutcome(saved, null);
    }

    private async Task CommitAsync(TenantTransaction tx, string tenantId, CancellationToken ct)
    {
        await using var cmd = tx.Command(CustomSegmentStore.DefinitionsSql);
        cmd.Parameters.AddWithValue(tenantId);
        var definitions = await CustomSegmentStore.ReadDefinitionsAsync(cmd, ct);
        await tx.CommitAsync(ct);
        cache.Remember(tenantId, definitions);
    }

    private static SaveOutcome Refused(SaveRefusal refusal) => new(null, refusal);
}
