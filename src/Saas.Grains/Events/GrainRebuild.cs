using Saas.Grains.Core;

namespace Saas.Grains.Events;

/// <summary>
/// A control event that makes the grain start again from empty state and replay its own events from the log (all
/// those appended before this one, in log order); events appended after it apply as usual. Whoever moves events
/// between grains or deletes some appends one, in the same transaction, to each grain concerned. A grain left
/// with no event at all is removed: its state row and reminders go, and checkpoint participants see it in
/// <see cref="Checkpoints.CheckpointContext.Removed"/>.
/// </summary>
public static class GrainRebuild
{
    public const string Kind = "grain.rebuild";

    /// <param name="sourceId">Unique in the grain's scope, as every event's (e.g. the operation that asked for it).</param>
    public static NewEvent For(GrainId grain, string sourceId) => new(grain, sourceId, Kind, "{}"u8.ToArray());
}
