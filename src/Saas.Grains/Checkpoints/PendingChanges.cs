namespace Saas.Grains.Checkpoints;

/// <summary>What a grain queued for its next checkpoint transaction.</summary>
internal sealed class PendingChanges
{
    /// <summary>Published through the outbox.</summary>
    public List<PendingMessage> Messages { get; } = [];

    /// <summary>Seen by checkpoint participants only (read models), never published.</summary>
    public List<PendingFact> Facts { get; } = [];

    /// <summary>
    /// Facts a rebuild recorded again while replaying events applied before: read models that add facts up must not
    /// count them twice; those that keep one row per grain recompute it from them.
    /// </summary>
    public List<PendingFact> ReplayedFacts { get; } = [];

    /// <summary>The grain started again from empty state in this checkpoint (a <see cref="Events.GrainRebuild"/>).</summary>
    public bool Rebuilt { get; set; }

    /// <summary>One-shot reminders to set (a due time) or remove (null), by name.</summary>
    public Dictionary<string, DateTimeOffset?> Reminders { get; } = [];
}
