namespace Saas.Server.Features.CustomSegments;

/// <summary>A customer joined or left a custom segment: the outbox payload and, with its sequence, the live push.</summary>
public sealed record CustomSegmentChange(
    string CustomerId,
    string? CustomerName,
    long SegmentId,
    string SegmentName,
    bool Joined,
    DateTimeOffset At,
    long Sequence = 0)
{
    /// <summary>The outbox kind, and the hub method that pushes it to the tenant.</summary>
    public const string Kind = "customSegmentChanged";
}
