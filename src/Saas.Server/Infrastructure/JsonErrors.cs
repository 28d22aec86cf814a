using System.Text.Json;

namespace Saas.Server.Infrastructure;

/// <summary>What a <see cref="JsonException"/> says about a request body, in the caller's terms (no .NET type names).</summary>
public static class JsonErrors
{
    /// <summary>The field's path, e.g. <c>[3].customer.id</c>; null when the error is about the whole body.</summary>
    public static string? FieldOf(JsonException error) => error.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;

    public static bool IsUnknownField(JsonException error) => error.Message.Contains("could not be mapped", StringComparison.Ordinal);

    public static string ReasonOf(JsonException error) => error.Message.Split(" Path:")[0].Split(" contained in type")[0];
}
