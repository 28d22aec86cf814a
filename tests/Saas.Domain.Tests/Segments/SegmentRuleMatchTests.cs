using Saas.Domain.Segments;

namespace Saas.Domain.Tests.Segments;

public sealed class SegmentRuleMatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CompareOp.Eq, false, true, false)]
    [InlineData(CompareOp.Ne, true, false, true)]
    [InlineData(CompareOp.Lt, true, false, false)]
    [InlineData(CompareOp.Le, true, true, false)]
    [InlineData(CompareOp.Gt, false, false, true)]
    [InlineData(CompareOp.Ge, false, true, true)]
    public void Numbers_compare_by_value(CompareOp op, bool below, bool equal, bool above)
    {
        var rule = new Compare("orders", op, 3);

        Assert.Equal([below, equal, above], new double[] { 2, 3, 4 }.Select(orders => rule.Matches(Subject("orders", orders), Now)));
    }

    [Theory]
    [InlineData(CompareOp.Eq, "HANGZHOU", true)]
    [InlineData(CompareOp.Eq, "Suzhou", false)]
    [InlineData(CompareOp.Ne, "hangzhou", false)]
    [InlineData(CompareOp.Ne, "Suzhou", true)]
    public void Texts_compare_ignoring_case(CompareOp op, string city, bool matches)
    {
        Assert.Equal(matches, new Compare("city", op, "Hangzhou").Matches(Subject("city", city), Now));
    }

    [Theory]
    [InlineData(CompareOp.Eq)]
    [InlineData(CompareOp.Ne)]
    [InlineData(CompareOp.Lt)]
    [InlineData(CompareOp.Ge)]
    public void A_missing_value_matches_no_comparison_and_its_negation_matches(CompareOp op)
    {
        var rule = new Compare("averageRating", op, 3);
        var unrated = new FakeSubject();

        Assert.False(rule.Matches(unrated, Now));
        Assert.True(new Not(rule).Matches(unrated, Now));
    }

    [Fact]
    public void A_value_of_the_other_kind_matches_no_comparison()
    {
        Assert.False(new Compare("orders", CompareOp.Ne, "3").Matches(Subject("orders", 3), Now));
        Assert.False(new Compare("city", CompareOp.Ne, 3).Matches(Subject("city", "Suzhou"), Now));
    }

    [Theory]
    [InlineData(9.99, false)]
    [InlineData(10, true)]
    [InlineData(15, true)]
    [InlineData(20, true)]
    [InlineData(20.01, false)]
    public void Between_includes_both_bounds(double clv, bool matches)
    {
        Assert.Equal(matches, new Between("clv", 10, 20).Matches(Subject("clv", clv), Now));
    }

    [Fact]
    public void Between_needs_a_number()
    {
        Assert.False(new Between("clv", 10, 20).Matches(new FakeSubject(), Now));
        Assert.False(new Between("clv", 10, 20).Matches(Subject("clv", "15"), Now));
    }

    [Theory]
    [InlineData("north", true)]
    [InlineData("East", true)]
    [InlineData("West", false)]
    public void In_is_equal_to_one_of_the_values_ignoring_case(string region, bool matches)
    {
        Assert.Equal(matches, new InList("region", ["North", "East"]).Matches(Subject("region", region), Now));
    }

    [Fact]
    public void In_needs_a_text()
    {
        Assert.False(new InList("region", ["North"]).Matches(new FakeSubject(), Now));
        Assert.False(new InList("orders", ["3"]).Matches(Subject("orders", 3), Now));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(29.99, true)]
    [InlineData(30, false)]
    [InlineData(45, false)]
    public void Bought_a_category_means_less_than_the_days_ago(double daysAgo, bool matches)
    {
        var subject = new FakeSubject().Bought("tea", Now.AddDays(-daysAgo));

        Assert.Equal(matches, new BoughtCategory("tea", 30).Matches(subject, Now));
    }

    [Fact]
    public void Never_bought_is_not_bought_within_any_days()
    {
        Assert.False(new BoughtCategory("tea", 3650).Matches(new FakeSubject().Bought("coffee", Now), Now));
    }

    [Theory]
    [InlineData(false, false, false, false)]
    [InlineData(false, true, false, true)]
    [InlineData(true, false, false, true)]
    [InlineData(true, true, true, true)]
    public void All_and_any_combine_their_rules(bool a, bool b, bool all, bool any)
    {
        var subject = new FakeSubject().With("orders", a ? 5 : 1).With("city", b ? "Hangzhou" : "Suzhou");
        SegmentRule[] rules = [new Compare("orders", CompareOp.Gt, 2), new Compare("city", CompareOp.Eq, "Hangzhou")];

        Assert.Equal(all, new All(rules).Matches(subject, Now));
        Assert.Equal(any, new Any(rules).Matches(subject, Now));
        Assert.Equal(!all, new Not(new All(rules)).Matches(subject, Now));
    }

    [Fact]
    public void Evaluation_allocates_nothing()
    {
        var rule = FiftyNodes();
        var subject = new FakeSubject()
            .With("orders", 4).With("revenue", 800).With("city", "Suzhou")
            .Bought("tea", Now.AddDays(-3));
        Assert.Equal(50, CountNodes(rule));
        rule.Matches(subject, Now);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) rule.Matches(subject, Now);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Every kind of node, nested, 50 in all; most leaves are evaluated (the groups seldom short-circuit).</summary>
    private static SegmentRule FiftyNodes()
    {
        SegmentRule Block(int i) => new Any([
            new All([
                new Compare("orders", CompareOp.Ge, i),
                new Not(new InList("city", ["Hangzhou", "Ningbo", "Wenzhou"])),
                new Between("revenue", 0, 1000 * i),
            ]),
            new BoughtCategory("tea", i),
        ]);
        // 7 blocks of 7 nodes under one group.
        return new All([.. Enumerable.Range(1, 7).Select(Block)]);
    }

    private static int CountNodes(SegmentRule rule) => rule switch
    {
        All all => 1 + all.Rules.Sum(CountNodes),
        Any any => 1 + any.Rules.Sum(CountNodes),
        Not not => 1 + CountNodes(not.Rule),
        _ => 1,
    };

    private static FakeSubject Subject(string field, RuleValue value) => new FakeSubject().With(field, value);
}
