using System.Text.Json;

namespace Saas.Grains.Core;

/// <summary>An event from the log, delivered to the grain it is addressed to.</summary>
public sealed record GrainEvent(EventPosition Position, GrainId Grain, string SourceId, string Kind, string PayloadJson, DateTimeOffset AppendedAt)
{
    public T Payload<T>(JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(PayloadJson, options) ?? throw new JsonException($"Event {SourceId} has an empty payload.");
}
