using System.Text.Json;
using Saas.Grains.Checkpoints;
using Saas.Grains.Hosting;

namespace Saas.Grains.Core;

/// <summary>What an activation knows about itself: identity, partition, runtime, and changes not yet written.</summary>
internal sealed class GrainContext(GrainId id, int partition, GrainRuntime runtime)
{
    private PendingChanges _pending = new();

    public GrainId Id { get; } = id;

    public int Partition { get; } = partition;

    public GrainRuntime Runtime { get; } = runtime;

    public GrainActivation Activation { get; set; } = null!;

    public IStateHandle? State { get; set; }

    public bool DeactivateRequested { get; set; }

    /// <summary>While true, recorded facts are replays of events the read models have already seen.</summary>
    public bool Replaying { get; set; }

    public void Emit(string kind, object payload) => _pending.Messages.Add(Pending(kind, payload));

    public void Record(string kind, object payload) => (Replaying ? _pending.ReplayedFacts : _pending.Facts).Add(new PendingFact(Id.Scope, kind, payload));

    public void MarkRebuilt() => _pending.Rebuilt = true;

    public void SetReminder(string name, DateTimeOffset? dueAt) => _pending.Reminders[name] = dueAt;

    /// <summary>Hands the queued changes to a checkpoint; they are put back if it fails.</summary>
    public PendingChanges TakePending()
    {
        var taken = _pending;
        _pending = new PendingChanges();
        return taken;
    }

    /// <summary>Puts a failed checkpoint's changes back in front of anything queued since.</summary>
    public void RestorePending(PendingChanges failed)
    {
        _pending.Messages.InsertRange(0, failed.Messages);
        _pending.Facts.InsertRange(0, failed.Facts);
        _pending.ReplayedFacts.InsertRange(0, failed.ReplayedFacts);
        _pending.Rebuilt |= failed.Rebuilt;
        foreach (var (name, dueAt) in failed.Reminders) _pending.Reminders.TryAdd(name, dueAt);
    }

    private PendingMessage Pending(string kind, object payload) => new(Id.Scope, kind, JsonSerializer.Serialize(payload, Runtime.Json));
}
