using System.Text.Json;

namespace Saas.Grains.Core;

/// <summary>An event from the log, delivered to the grain it is addressed to; its payload is the UTF-8 JSON stored.</summary>
public sealed record GrainEvent(EventPosition Position, GrainId Grain, string SourceId, string Kind, byte[] Utf8Payload, DateTimeOffset AppendedAt)
{
    public T Payload<T>(JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(Utf8Payload, options) ?? throw new JsonException($"Event {SourceId} has an empty payload.");
}
