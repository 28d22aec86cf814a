using Saas.Domain.Segments;

namespace Saas.Domain.Tests.Segments;

public sealed class SegmentRuleNextChangeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstOrder = Now.AddDays(-400);
    private static readonly DateTimeOffset LastOrder = Now.AddDays(-80.25);

    [Fact]
    public void A_category_bought_recently_expires_its_days_after_the_purchase()
    {
        var subject = new FakeSubject().Bought("tea", Now.AddDays(-10));

        Assert.Equal(Now.AddDays(20), new BoughtCategory("tea", 30).NextChangeAt(subject, Now));
    }

    [Fact]
    public void A_category_bought_long_ago_or_never_changes_no_more()
    {
        var subject = new FakeSubject().Bought("tea", Now.AddDays(-30));

        Assert.Null(new BoughtCategory("tea", 30).NextChangeAt(subject, Now));
        Assert.Null(new BoughtCategory("coffee", 30).NextChangeAt(subject, Now));
    }

    [Theory]
    [InlineData(CompareOp.Lt, 0)]
    [InlineData(CompareOp.Ge, 0)]
    [InlineData(CompareOp.Le, 1)]
    [InlineData(CompareOp.Gt, 1)]
    public void A_recency_comparison_changes_when_the_days_reach_or_pass_the_bound(CompareOp op, int ticksAfterReaching)
    {
        var rule = new Compare(SegmentFields.RecencyDays, op, 90);

        var next = rule.NextChangeAt(Customer(Now), Now);

        Assert.Equal(LastOrder.AddDays(90).AddTicks(ticksAfterReaching), next);
        AssertChangesAt(rule, next!.Value);
    }

    [Theory]
    [InlineData(CompareOp.Lt)]
    [InlineData(CompareOp.Le)]
    [InlineData(CompareOp.Gt)]
    [InlineData(CompareOp.Ge)]
    public void A_tenure_comparison_changes_when_the_days_cross_the_bound(CompareOp op)
    {
        var rule = new Compare(SegmentFields.TenureDays, op, 730);

        var next = rule.NextChangeAt(Customer(Now), Now);

        Assert.InRange(next!.Value, FirstOrder.AddDays(730), FirstOrder.AddDays(730).AddTicks(1));
        AssertChangesAt(rule, next.Value);
    }

    [Theory]
    [InlineData(CompareOp.Lt)]
    [InlineData(CompareOp.Le)]
    [InlineData(CompareOp.Gt)]
    [InlineData(CompareOp.Ge)]
    public void A_bound_already_passed_never_changes_again(CompareOp op)
    {
        Assert.Null(new Compare(SegmentFields.RecencyDays, op, 30).NextChangeAt(Customer(Now), Now));
    }

    [Fact]
    public void A_comparison_at_its_bound_changes_a_tick_later_if_it_is_strict()
    {
        var atTheBound = new FakeSubject().With(SegmentFields.RecencyDays, 90);

        Assert.Equal(Now.AddTicks(1), new Compare(SegmentFields.RecencyDays, CompareOp.Gt, 90).NextChangeAt(atTheBound, Now));
        Assert.Null(new Compare(SegmentFields.RecencyDays, CompareOp.Ge, 90).NextChangeAt(atTheBound, Now));
    }

    [Fact]
    public void Between_changes_as_the_days_enter_it()
    {
        var rule = new Between(SegmentFields.RecencyDays, 85, 100);

        var next = rule.NextChangeAt(Customer(Now), Now);

        Assert.Equal(LastOrder.AddDays(85), next);
        AssertChangesAt(rule, next!.Value);
    }

    [Fact]
    public void Between_changes_as_the_days_leave_it()
    {
        var rule = new Between(SegmentFields.RecencyDays, 70, 90);

        var next = rule.NextChangeAt(Customer(Now), Now);

        Assert.Equal(LastOrder.AddDays(90).AddTicks(1), next);
        AssertChangesAt(rule, next!.Value);
    }

    [Fact]
    public void Between_days_already_left_never_changes_again()
    {
        Assert.Null(new Between(SegmentFields.RecencyDays, 30, 60).NextChangeAt(Customer(Now), Now));
    }

    [Fact]
    public void Fields_that_do_not_grow_are_constant()
    {
        var subject = Customer(Now).With("orders", 3).With("city", "Suzhou");

        Assert.Null(new Compare("orders", CompareOp.Gt, 5).NextChangeAt(subject, Now));
        Assert.Null(new Between("orders", 5, 10).NextChangeAt(subject, Now));
        Assert.Null(new InList("city", ["Hangzhou"]).NextChangeAt(subject, Now));
    }

    [Fact]
    public void A_missing_day_count_changes_nothing()
    {
        Assert.Null(new Compare(SegmentFields.RecencyDays, CompareOp.Gt, 90).NextChangeAt(new FakeSubject(), Now));
    }

    [Fact]
    public void A_combination_changes_at_its_earliest_leaf()
    {
        var subject = Customer(Now).Bought("tea", Now.AddDays(-25)).With("orders", 3);
        var recency = new Compare(SegmentFields.RecencyDays, CompareOp.Gt, 90); // in 9.75 days
        var tea = new BoughtCategory("tea", 30); // in 5 days
        var tenure = new Compare(SegmentFields.TenureDays, CompareOp.Ge, 500); // in 100 days

        Assert.Equal(Now.AddDays(5), new All([recency, new Not(tea), new Compare("orders", CompareOp.Ge, 2)]).NextChangeAt(subject, Now));
        Assert.Equal(LastOrder.AddDays(90).AddTicks(1), new Any([tenure, new Not(recency)]).NextChangeAt(subject, Now));
        Assert.Equal(FirstOrder.AddDays(500), new All([new Any([tenure]), new Compare("orders", CompareOp.Eq, 3)]).NextChangeAt(subject, Now));
    }

    [Fact]
    public void A_rule_on_constant_fields_never_changes()
    {
        var rule = new All([new Compare("orders", CompareOp.Gt, 1), new Not(new InList("region", ["North"]))]);

        Assert.Null(rule.NextChangeAt(Customer(Now).With("orders", 3), Now));
    }

    private static FakeSubject Customer(DateTimeOffset asOf) => FakeSubject.Ordered(FirstOrder, LastOrder, asOf);

    /// <summary>Seen with the passing of time only: the same one tick before, different at the moment.</summary>
    private static void AssertChangesAt(SegmentRule rule, DateTimeOffset moment)
    {
        var now = rule.Matches(Customer(Now), Now);
        var justBefore = moment.AddTicks(-1);
        Assert.Equal(now, rule.Matches(Customer(justBefore), justBefore));
        Assert.NotEqual(now, rule.Matches(Customer(moment), moment));
    }
}
