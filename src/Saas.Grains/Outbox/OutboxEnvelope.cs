namespace Saas.Grains.Outbox;

/// <summary>A committed change; <see cref="Sequence"/> counts up by one per scope with no gaps.</summary>
public sealed record OutboxEnvelope(long Position, string Scope, long Sequence, string Kind, string PayloadJson, DateTimeOffset CreatedAt);

/// <summary>Receives every committed change on every node, in sequence order within a scope.</summary>
public interface IOutboxSubscriber
{
    Task DeliverAsync(IReadOnlyList<OutboxEnvelope> messages, CancellationToken cancellationToken);
}
