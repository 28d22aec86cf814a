using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

public sealed class PeriodsUntilProbabilityAliveBelowTests
{
    private static readonly BgNbdParameters Parameters = Cdnow.PublishedBgNbd;

    [Theory]
    [InlineData(26, 30.85714, 31, 0.5)]
    [InlineData(26, 30.85714, 31, 0.1)]
    [InlineData(1, 2, 10, 0.3)]
    [InlineData(2_000, 77.9, 78, 0.5)]
    public void At_that_moment_the_probability_alive_is_the_line(int x, double tx, double T, double line)
    {
        var customer = new RepeatSummary(x, tx, T);

        var periods = BgNbd.PeriodsUntilProbabilityAliveBelow(Parameters, customer, line);

        Assert.NotNull(periods);
        Assert.True(periods > 0);
        Assert.Equal(line, BgNbd.ProbabilityAlive(Parameters, customer with { T = T + periods.Value }), 9);
        Assert.True(BgNbd.ProbabilityAlive(Parameters, customer with { T = T + periods.Value * 0.99 }) > line);
    }

    [Fact]
    public void A_customer_already_below_the_line_is_there_now()
    {
        var customer = new RepeatSummary(10, 20, 39);
        Assert.True(BgNbd.ProbabilityAlive(Parameters, customer) < 0.5);

        Assert.Equal(0, BgNbd.PeriodsUntilProbabilityAliveBelow(Parameters, customer, 0.5));
    }

    [Fact]
    public void A_customer_without_repeat_purchases_never_falls_below()
    {
        Assert.Null(BgNbd.PeriodsUntilProbabilityAliveBelow(Parameters, new RepeatSummary(0, 0, 30), 0.5));
    }

    [Fact]
    public void No_customer_falls_below_zero()
    {
        Assert.Null(BgNbd.PeriodsUntilProbabilityAliveBelow(Parameters, new RepeatSummary(3, 10, 30), 0));
    }
}
