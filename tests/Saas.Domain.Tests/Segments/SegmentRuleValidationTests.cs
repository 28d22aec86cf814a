using Saas.Domain.Segments;

namespace Saas.Domain.Tests.Segments;

public sealed class SegmentRuleValidationTests
{
    [Fact]
    public void A_well_formed_rule_has_no_problem()
    {
        SegmentRule rule = new All([
            new Compare("recencyDays", CompareOp.Gt, 90),
            new InList("region", ["North", "East"]),
            new BoughtCategory("tea", 30),
            new Not(new Compare("lifecycleStage", CompareOp.Eq, "Churned")),
            new Between("clv", 100, 100),
            new Any([new Compare("city", CompareOp.Ne, "Hangzhou"), new InList("segment", ["Champions", "Loyal"])]),
        ]);

        Assert.Empty(SegmentRules.Validate(rule));
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_path()
    {
        var rule = new All([new Compare("orders", CompareOp.Ge, 2), new Compare("regoin", CompareOp.Eq, "North")]);

        Assert.Equal(["rules[1].field: unknown field 'regoin'"], SegmentRules.Validate(rule));
    }

    [Fact]
    public void Field_names_are_exact()
    {
        Assert.Equal(["field: unknown field 'RecencyDays'"], SegmentRules.Validate(new Compare("RecencyDays", CompareOp.Gt, 1)));
    }

    [Fact]
    public void Text_fields_are_only_equal_or_not()
    {
        Assert.Equal(["op: 'gt' does not apply to city, a text field (use eq, ne)"], SegmentRules.Validate(new Compare("city", CompareOp.Gt, "B")));
    }

    [Fact]
    public void Enum_fields_are_only_equal_or_not()
    {
        Assert.Equal(["op: 'lt' does not apply to abcClass, an enum field (use eq, ne)"], SegmentRules.Validate(new Compare("abcClass", CompareOp.Lt, "B")));
    }

    [Theory]
    [InlineData(CompareOp.Eq)]
    [InlineData(CompareOp.Ne)]
    public void Growing_day_counts_are_never_exactly_equal(CompareOp op)
    {
        var name = op.ToString().ToLowerInvariant();

        Assert.Equal(
            [$"op: '{name}' does not apply to tenureDays, a day count that grows continuously (use lt, le, gt, ge)"],
            SegmentRules.Validate(new Compare("tenureDays", op, 365)));
    }

    [Fact]
    public void An_unknown_operator_is_named()
    {
        Assert.Equal(["op: unknown operator"], SegmentRules.Validate(new Compare("orders", (CompareOp)42, 1)));
    }

    [Fact]
    public void A_number_field_takes_a_number()
    {
        Assert.Equal(["value: orders takes a number, not 'three'"], SegmentRules.Validate(new Compare("orders", CompareOp.Eq, "three")));
    }

    [Fact]
    public void A_text_field_takes_a_text()
    {
        Assert.Equal(["value: ageBand takes a text, not 36"], SegmentRules.Validate(new Compare("ageBand", CompareOp.Eq, 36)));
    }

    [Fact]
    public void An_enum_value_must_be_one_of_the_fields_values()
    {
        Assert.Equal(
            ["value: 'Gold' is not a lifecycleStage (New, Active, AtRisk, Lapsed, Reactivated, Churned)"],
            SegmentRules.Validate(new Compare("lifecycleStage", CompareOp.Eq, "Gold")));
    }

    [Fact]
    public void Enum_values_in_a_list_are_checked_one_by_one()
    {
        Assert.Equal(
            ["values[1]: 'champions' is not a segment (Prospect, New, Promising, PotentialLoyalist, Champions, Loyal, NeedAttention, AboutToSleep, AtRisk, CannotLoseThem, Hibernating, Lost)"],
            SegmentRules.Validate(new InList("segment", ["Loyal", "champions"])));
    }

    [Fact]
    public void Groups_and_lists_must_not_be_empty()
    {
        var rule = new Any([new All([]), new InList("city", [])]);

        Assert.Equal(["rules[0].rules: 'all' needs at least one rule", "rules[1].values: 'in' needs at least one value"], SegmentRules.Validate(rule));
        Assert.Equal(["rules: 'any' needs at least one rule"], SegmentRules.Validate(new Any([])));
    }

    [Fact]
    public void Lists_are_of_text_fields()
    {
        Assert.Equal(["field: 'in' needs a text or enum field; orders is a number field (use between)"], SegmentRules.Validate(new InList("orders", ["1"])));
    }

    [Fact]
    public void Between_is_of_number_fields_with_the_minimum_first()
    {
        Assert.Equal(["field: 'between' needs a number field; city is a text field"], SegmentRules.Validate(new Between("city", 1, 2)));
        Assert.Equal(["min: 10 is above max 5"], SegmentRules.Validate(new Between("orders", 10, 5)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3651)]
    public void Bought_within_must_be_1_to_3650_days(int days)
    {
        Assert.Equal([$"withinDays: must be 1 to 3650, not {days}"], SegmentRules.Validate(new BoughtCategory("tea", days)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3650)]
    public void Bought_within_1_or_3650_days_is_fine(int days)
    {
        Assert.Empty(SegmentRules.Validate(new BoughtCategory("tea", days)));
    }

    [Fact]
    public void A_category_must_be_named()
    {
        Assert.Equal(["rule.category: missing"], SegmentRules.Validate(new Not(new BoughtCategory(" ", 30))));
    }

    [Fact]
    public void Rules_nest_at_most_8_deep()
    {
        Assert.Empty(SegmentRules.Validate(Nested(8)));
        Assert.Equal(["rule.rule.rule.rule.rule.rule.rule.rule: rules nest deeper than 8 levels"], SegmentRules.Validate(Nested(9)));
    }

    [Fact]
    public void A_rule_has_at_most_50_nodes()
    {
        Assert.Empty(SegmentRules.Validate(new All([.. Enumerable.Repeat(new Compare("orders", CompareOp.Gt, 1), 49)])));
        Assert.Equal(
            ["the rule has 51 nodes; at most 50 are allowed"],
            SegmentRules.Validate(new All([.. Enumerable.Repeat(new Compare("orders", CompareOp.Gt, 1), 50)])));
    }

    [Fact]
    public void Nulls_from_loose_json_are_named_not_thrown()
    {
        var rule = new All([null!, new Compare(null!, CompareOp.Eq, 1), new InList("city", ["A", null!]), new Not(null!)]);

        Assert.Equal(
            ["rules[0]: missing", "rules[1].field: missing", "rules[2].values[1]: missing", "rules[3].rule: missing"],
            SegmentRules.Validate(rule));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_own_path()
    {
        var rule = new Any([
            new Not(new Compare("orders", CompareOp.Gt, "many")),
            new All([new Between("revenue", 5, 1), new BoughtCategory("tea", 0)]),
        ]);

        Assert.Equal(
            ["rules[0].rule.value: orders takes a number, not 'many'", "rules[1].rules[0].min: 5 is above max 1", "rules[1].rules[1].withinDays: must be 1 to 3650, not 0"],
            SegmentRules.Validate(rule));
    }

    /// <summary>A chain of <paramref name="depth"/> nodes: nots around one comparison.</summary>
    private static SegmentRule Nested(int depth)
    {
        SegmentRule rule = new Compare("orders", CompareOp.Gt, 1);
        for (var i = 1; i < depth; i++) rule = new Not(rule);
        return rule;
    }
}
