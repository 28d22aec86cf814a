using System.Collections.Concurrent;
using Saas.Grains.Hosting;
using Saas.Grains.Storage;

namespace Saas.Grains.Core;

/// <summary>The activations resident on this node: at most one per grain, created on first use.</summary>
internal sealed class GrainCatalog(GrainRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, Lazy<Task<GrainActivation>>> _activations = new();

    public int Count => _activations.Count;

    public bool IsResident(GrainId id) => _activations.ContainsKey(id);

    /// <param name="load">Reads the stored state; the dispatcher passes rows it read for a whole batch.</param>
    public async Task<GrainActivation> GetOrActivateAsync(GrainId id, Func<Task<StoredState?>>? load = null)
    {
        var entry = _activations.GetOrAdd(id, key => new Lazy<Task<GrainActivation>>(() => runtime.ActivateAsync(key, load)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _activations.TryRemove(new KeyValuePair<GrainId, Lazy<Task<GrainActivation>>>(id, entry));
            throw;
        }
    }

    public async Task DeactivateAsync(GrainActivation activation, bool graceful = true, bool onlyIfIdle = false)
    {
        if (await activation.DeactivateAsync(graceful, onlyIfIdle)) Remove(activation);
    }

    /// <summary>Drops an activation whose in-memory state may be ahead of storage; it is read again on next use.</summary>
    public Task DiscardAsync(GrainActivation activation) => DeactivateAsync(activation, graceful: false);

    public IReadOnlyList<GrainActivation> Resident() =>
        _activations.Values.Where(e => e.IsValueCreated && e.Value.IsCompletedSuccessfully).Select(e => e.Value.Result).ToArray();

    /// <summary>
    /// Collects activations idle for <paramref name="age"/>, then, above the cap, the least recently used down to 90%
    /// of it: room for the next activations, so that a stream of new grains does not sort them all for each one.
    /// </summary>
    public async Task<int> CollectAsync(TimeSpan age, int maxActivations)
    {
        var candidates = Resident().Where(a => !a.IsPinned).OrderByDescending(a => a.IdleFor).ToArray();
        var excess = Count > maxActivations ? Count - maxActivations * 9 / 10 : 0;
        var victims = candidates.Where((a, index) => index < excess || a.IdleFor >= age).ToArray();
        var collected = 0;
        foreach (var activation in victims)
        {
            if (!await activation.DeactivateAsync(graceful: true, onlyIfIdle: true)) continue;
            Remove(activation);
            collected++;
        }
        return collected;
    }

    public async Task DeactivateAllAsync(Func<GrainActivation, bool> which, bool graceful)
    {
        await Task.WhenAll(Resident().Where(which).Select(a => DeactivateAsync(a, graceful)));
    }

    private void Remove(GrainActivation activation)
    {
        if (_activations.TryGetValue(activation.Context.Id, out var entry)
            && entry.IsValueCreated && entry.Value.IsCompletedSuccessfully && entry.Value.Result == activation)
        {
            _activations.TryRemove(new KeyValuePair<GrainId, Lazy<Task<GrainActivation>>>(activation.Context.Id, entry));
        }
    }
}
