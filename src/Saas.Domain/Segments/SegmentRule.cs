using System.Text.Json.Serialization;

namespace Saas.Domain.Segments;

/// <summary>
/// A custom segment's membership rule, a tree written as JSON with a "type" discriminator first in each object
/// (docs/SEGMENTS.md). Unknown types and unknown or missing properties are errors; <see cref="SegmentRules.Validate"/>
/// checks the rest.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(All), "all")]
[JsonDerivedType(typeof(Any), "any")]
[JsonDerivedType(typeof(Not), "not")]
[JsonDerivedType(typeof(Compare), "compare")]
[JsonDerivedType(typeof(Between), "between")]
[JsonDerivedType(typeof(InList), "in")]
[JsonDerivedType(typeof(BoughtCategory), "boughtCategory")]
public abstract record SegmentRule;

/// <summary>Every rule matches.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record All([property: JsonRequired] IReadOnlyList<SegmentRule> Rules) : SegmentRule;

/// <summary>At least one rule matches.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Any([property: JsonRequired] IReadOnlyList<SegmentRule> Rules) : SegmentRule;

/// <summary>The rule does not match; a missing value makes a comparison false, so its negation true.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Not([property: JsonRequired] SegmentRule Rule) : SegmentRule;

/// <summary>The field compared with a value: numbers by value, texts ignoring case.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Compare(
    [property: JsonRequired] string Field,
    [property: JsonRequired] CompareOp Op,
    [property: JsonRequired] RuleValue Value) : SegmentRule;

/// <summary>A number field from <paramref name="Min"/> to <paramref name="Max"/>, both included.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Between(
    [property: JsonRequired] string Field,
    [property: JsonRequired] double Min,
    [property: JsonRequired] double Max) : SegmentRule;

/// <summary>A text or enum field equal (ignoring case) to one of the values.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record InList(
    [property: JsonRequired] string Field,
    [property: JsonRequired] IReadOnlyList<string> Values) : SegmentRule;

/// <summary>The customer bought in the category less than <paramref name="WithinDays"/> days ago.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BoughtCategory(
    [property: JsonRequired] string Category,
    [property: JsonRequired] int WithinDays) : SegmentRule;
