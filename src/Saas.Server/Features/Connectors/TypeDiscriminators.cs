using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Saas.Server.Features.Connectors;

/// <summary>
/// Checks the type discriminator of each posted item before it is deserialized: System.Text.Json reports a
/// missing one without the item's path (and not as a <see cref="JsonException"/>), an unknown one at the item
/// rather than at its field.
/// </summary>
internal static class TypeDiscriminators
{
    /// <returns>False, with an error for each item whose discriminator is missing or unknown.</returns>
    public static bool Check(ReadOnlySpan<byte> json, JsonPolymorphismOptions polymorphism, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var known = polymorphism.DerivedTypes.Select(d => d.TypeDiscriminator?.ToString()).OfType<string>().ToArray();
        var expected = new Expected(polymorphism.TypeDiscriminatorPropertyName, known, $"Required, one of: {string.Join(", ", known)}.");
        var before = errors.Count;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth,
        });
        try
        {
            if (!reader.Read()) return true;
            if (reader.TokenType != JsonTokenType.StartArray) CheckItem(ref reader, "", expected, errors);
            else
            {
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++) CheckItem(ref reader, $"[{i}].", expected, errors);
            }
        }
        catch (JsonException)
        {
            // Not JSON: deserializing it names the place.
        }
        return errors.Count == before;
    }

    /// <summary>Anything but an object is left for deserializing to refuse.</summary>
    private static void CheckItem(ref Utf8JsonReader reader, string path, Expected expected, Dictionary<string, string[]> errors)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        string? value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(expected.Field);
            reader.Read();
            if (isDiscriminator && reader.TokenType == JsonTokenType.String) value = reader.GetString();
            reader.Skip();
        }
        if (value is null || !expected.Values.Contains(value)) errors[path + expected.Field] = [expected.Message];
    }

    private sealed record Expected(string Field, string[] Values, string Message);
}
