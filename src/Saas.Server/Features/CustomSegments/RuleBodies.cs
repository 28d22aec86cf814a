using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Saas.Domain.Segments;
using Saas.Server.Infrastructure;

namespace Saas.Server.Features.CustomSegments;

/// <summary>
/// Reads a body that holds a rule, and checks it. A rule node without "type" as its first property makes
/// System.Text.Json throw a <see cref="NotSupportedException"/>, which binding would answer with a 500: here every
/// body that does not read is a 400 naming the JSON path, like <see cref="SegmentRules.Validate"/>'s problems.
/// </summary>
public static partial class RuleBodies
{
    public const long MaxBytes = 64 * 1024;

    /// <summary>The property holding the rule in every body, and so the first step of each path.</summary>
    public const string RuleProperty = "rule";

    /// <returns>The body, or null with <paramref name="errors"/> keyed by path.</returns>
    public static async Task<T?> ReadAsync<T>(HttpContext http, JsonSerializerOptions options, Dictionary<string, string[]> errors, CancellationToken ct)
        where T : class
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBytes;
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, options, ct);
            if (body is null) errors["body"] = ["A JSON object is required."];
            return body;
        }
        catch (JsonException ex) when (ex.Message.Contains("type discriminator", StringComparison.Ordinal))
        {
            errors[$"{JsonErrors.FieldOf(ex) ?? RuleProperty}.type"] = [$"Unknown rule type; one of {RuleTypes(options)}."];
        }
        catch (JsonException ex)
        {
            errors[JsonErrors.FieldOf(ex) ?? "body"] = [Reason(ex)];
        }
        catch (NotSupportedException ex)
        {
            var path = PathInMessage().Match(ex.Message) is { Success: true } match ? match.Groups[1].Value : RuleProperty;
            errors[$"{path}.type"] = [$"Required as the first property of every rule: one of {RuleTypes(options)}."];
        }
        return null;
    }

    /// <summary>Adds <see cref="SegmentRules.Validate"/>'s problems, keyed by their path in the body.</summary>
    public static void Validate(SegmentRule? rule, Dictionary<string, string[]> errors)
    {
        if (rule is null)
        {
            errors[RuleProperty] = ["Required."];
            return;
        }
        foreach (var problem in SegmentRules.Validate(rule).Select(Located).GroupBy(p => p.Path))
        {
            errors[problem.Key] = [.. problem.Select(p => p.Message)];
        }
    }

    /// <summary>"rules[1].field: unknown field 'regoin'" is at rule.rules[1].field; a message without a path is about the whole rule.</summary>
    private static (string Path, string Message) Located(string problem) =>
        problem.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0 && !problem[..colon].Contains(' ')
            ? ($"{RuleProperty}.{problem[..colon]}", problem[(colon + 2)..])
            : (RuleProperty, problem);

    private static string Reason(JsonException ex)
    {
        if (JsonErrors.IsUnknownField(ex)) return "Unknown property.";
        const string missing = "missing required properties including: ";
        return ex.Message.IndexOf(missing, StringComparison.Ordinal) is var at and >= 0
            ? $"Missing {ex.Message[(at + missing.Length)..].Split(" Path:")[0].TrimEnd('.')}."
            : "Not a valid value here.";
    }

    private static string RuleTypes(JsonSerializerOptions options) =>
        string.Join(", ", options.GetTypeInfo(typeof(SegmentRule)).PolymorphismOptions!.DerivedTypes.Select(d => d.TypeDiscriminator));

    [GeneratedRegex(@"Path: \$\.?(\S+) \|")]
    private static partial Regex PathInMessage();
}
