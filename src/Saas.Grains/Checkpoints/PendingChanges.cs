namespace Saas.Grains.Checkpoints;

/// <summary>What a grain queued for its next checkpoint transaction.</summary>
internal sealed class PendingChanges
{
    /// <summary>Published through the outbox.</summary>
    public List<PendingMessage> Messages { get; } = [];

    /// <summary>Seen by checkpoint participants only (read models), never published.</summary>
    public List<PendingMessage> Facts { get; } = [];

    /// <summary>One-shot reminders to set (a due time) or remove (null), by name.</summary>
    public Dictionary<string, DateTimeOffset?> Reminders { get; } = [];
}
