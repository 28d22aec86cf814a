using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Saas.Domain.Segments;

/// <summary>A number or a text: what a rule compares a field with, and what a subject reports for a field.</summary>
[JsonConverter(typeof(RuleValueJsonConverter))]
public readonly record struct RuleValue
{
    private RuleValue(double number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The value when it is a number (<see cref="IsText"/> false).</summary>
    public double Number { get; }

    /// <summary>The value when it is a text, otherwise null.</summary>
    public string? Text { get; }

    public bool IsText => Text is not null;

    public static RuleValue Of(double number) => new(number, null);

    public static RuleValue Of(string text) => new(0, text ?? throw new ArgumentNullException(nameof(text)));

    public static implicit operator RuleValue(double number) => Of(number);

    public static implicit operator RuleValue(string text) => Of(text);

    public override string ToString() => Text ?? Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A JSON number or string.</summary>
internal sealed class RuleValueJsonConverter : JsonConverter<RuleValue>
{
    public override RuleValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => RuleValue.Of(reader.GetDouble()),
        JsonTokenType.String => RuleValue.Of(reader.GetString()!),
        _ => throw new JsonException("A rule value is a number or a text."),
    };

    public override void Write(Utf8JsonWriter writer, RuleValue value, JsonSerializerOptions options)
    {
        if (value.Text is { } text) writer.WriteStringValue(text);
        else writer.WriteNumberValue(value.Number);
    }
}
