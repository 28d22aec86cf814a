using Saas.Domain.Abc;

namespace Saas.Domain.Tests.Abc;

public sealed class AbcSharesTests
{
    [Fact]
    public void The_defaults_are_the_Pareto_80_15_5()
    {
        Assert.Equal(new AbcShares(0.80, 0.15), new AbcShares());
        Assert.Empty(AbcShares.Validate(0.80, 0.15));
    }

    [Theory]
    [InlineData(0, 0.15, "The A share must be above 0.")]
    [InlineData(0.8, -0.1, "The B share must be above 0.")]
    [InlineData(0.8, 0.2, "The A and B shares together must be below 1, leaving a share for C.")]
    [InlineData(double.NaN, 0.15, "The A share must be above 0.")]
    public void Shares_that_leave_a_class_empty_are_refused(double a, double b, string error)
    {
        Assert.Contains(error, AbcShares.Validate(a, b));
    }

    [Fact]
    public void Cutoffs_refuse_invalid_shares_with_the_reason()
    {
        var thrown = Assert.Throws<ArgumentException>(() => AbcAnalysis.Cutoffs([1m], new AbcShares(0.9, 0.1)));

        Assert.Contains("below 1", thrown.Message);
    }
}
