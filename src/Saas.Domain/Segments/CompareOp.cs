using System.Text.Json.Serialization;

namespace Saas.Domain.Segments;

/// <summary>Comparison operators, written in JSON as "eq", "ne", "lt", "le", "gt", "ge".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CompareOp>))]
public enum CompareOp
{
    [JsonStringEnumMemberName("eq")] Eq,
    [JsonStringEnumMemberName("ne")] Ne,
    [JsonStringEnumMemberName("lt")] Lt,
    [JsonStringEnumMemberName("le")] Le,
    [JsonStringEnumMemberName("gt")] Gt,
    [JsonStringEnumMemberName("ge")] Ge,
}
