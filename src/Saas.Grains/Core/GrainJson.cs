using System.Text.Json;
using System.Text.Json.Serialization;

namespace Saas.Grains.Core;

/// <summary>The JSON settings of stored states, events and outbox payloads.</summary>
public sealed class GrainJson
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
