using System.Text.Json;
using Saas.Grains.Checkpoints;
using Saas.Grains.Hosting;

namespace Saas.Grains.Core;

/// <summary>What an activation knows about itself: identity, partition, runtime, and changes not yet written.</summary>
internal sealed class GrainContext(GrainId id, int partition, GrainRuntime runtime)
{
    private List<PendingMessage> _pending = [];

    public GrainId Id { get; } = id;

    public int Partition { get; } = partition;

    public GrainRuntime Runtime { get; } = runtime;

    public GrainActivation Activation { get; set; } = null!;

    public IStateHandle? State { get; set; }

    public bool DeactivateRequested { get; set; }

    public void Emit(string kind, object payload) =>
        _pending.Add(new PendingMessage(Id.Scope, kind, JsonSerializer.Serialize(payload, Runtime.Json)));

    /// <summary>Hands the queued changes to a checkpoint; they are put back if it fails.</summary>
    public IReadOnlyList<PendingMessage> TakePending()
    {
        var taken = _pending;
        _pending = [];
        return taken;
    }

    public void RestorePending(IReadOnlyList<PendingMessage> messages) => _pending.InsertRange(0, messages);
}
