namespace Saas.Grains.Core;

/// <summary>
/// Where an event stands in the log: its appending transaction, then its sequence number. Events are applied
/// in this order, which is commit-safe (see docs/ARCHITECTURE.md, "Reading the event log").
/// </summary>
public readonly record struct EventPosition(long Transaction, long Sequence) : IComparable<EventPosition>
{
    public static EventPosition Start { get; } = new(0, 0);

    public int CompareTo(EventPosition other) =>
        Transaction != other.Transaction ? Transaction.CompareTo(other.Transaction) : Sequence.CompareTo(other.Sequence);

    public static bool operator >(EventPosition a, EventPosition b) => a.CompareTo(b) > 0;
    public static bool operator <(EventPosition a, EventPosition b) => a.CompareTo(b) < 0;
    public static bool operator >=(EventPosition a, EventPosition b) => a.CompareTo(b) >= 0;
    public static bool operator <=(EventPosition a, EventPosition b) => a.CompareTo(b) <= 0;
}
