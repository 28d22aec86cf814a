using Saas.Grains.Core;

namespace Saas.Grains.Events;

/// <summary>An event to append, its payload as UTF-8 JSON; <see cref="SourceId"/> makes it idempotent within the grain's scope.</summary>
public sealed record NewEvent(GrainId Grain, string SourceId, string Kind, byte[] Utf8Payload);
