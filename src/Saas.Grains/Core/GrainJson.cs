using System.Text.Json;
using System.Text.Json.Serialization;

namespace Saas.Grains.Core;

/// <summary>
/// The JSON settings of stored states, events and outbox payloads. Nulls are left out, and read back as null (no
/// stored record gives a nullable member another default): a customer's state is a third smaller without them.
/// </summary>
public sealed class GrainJson
{
    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
