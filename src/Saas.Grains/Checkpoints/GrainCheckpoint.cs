using Saas.Grains.Core;

namespace Saas.Grains.Checkpoints;

/// <summary>
/// A grain's state to store, if the stored version is still <see cref="ExpectedVersion"/>; or, when
/// <see cref="Removed"/> (rebuilt from no event at all), its state row and reminders to delete.
/// </summary>
internal sealed record GrainCheckpoint(
    GrainId Grain,
    int Partition,
    long ExpectedVersion,
    byte[] StateUtf8Json,
    object State,
    EventPosition Applied,
    PendingChanges Pending,
    bool Removed = false);

/// <summary>A change bound for the outbox; its per-scope sequence number is given at commit.</summary>
public sealed record PendingMessage(string Scope, string Kind, string PayloadJson);

/// <summary>
/// What a grain recorded for read models: kept as the object it recorded, since it never leaves the node. Payloads
/// are immutable records; a read model takes them as they are.
/// </summary>
public sealed record PendingFact(string Scope, string Kind, object Payload)
{
    public T Read<T>() => (T)Payload;
}

/// <summary>Moves a partition's read cursor, if it still stands at <see cref="From"/>.</summary>
internal sealed record CursorAdvance(int Partition, EventPosition From, EventPosition To);

/// <summary>An event its grain could not apply: kept, with the error, instead of blocking its partition.</summary>
internal sealed record DeadLetter(GrainEvent Event, string Error);
