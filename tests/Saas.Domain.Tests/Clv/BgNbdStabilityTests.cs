using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

public sealed class BgNbdStabilityTests
{
    private static readonly BgNbdParameters Parameters = Cdnow.PublishedBgNbd;

    /// <summary>Expected values from the plain FHL formulas in 60-digit arithmetic (Python mpmath: beta, gamma, hyp2f1).</summary>
    [Theory]
    [InlineData(500, 51.9, 52, 584.072031543501, 0.996173132533292, 348.860988116936)]
    [InlineData(500, 1, 78, 1750.07834218802, 0, 0)]
    [InlineData(2_000, 77.9, 78, 4369.88110369317, 0.99552609888296, 1025.2802099735)]
    [InlineData(2_000, 1, 78, 9808.34687985831, 0, 0)]
    public void Hundreds_and_thousands_of_repeat_purchases_match_a_high_precision_reference(
        int x, double tx, double T, double logLikelihood, double alive, double expected52)
    {
        var customer = new RepeatSummary(x, tx, T);

        AssertRelative(logLikelihood, BgNbd.LogLikelihood(Parameters, customer));
        AssertRelative(alive, BgNbd.ProbabilityAlive(Parameters, customer));
        AssertRelative(expected52, BgNbd.ExpectedPurchases(Parameters, customer, 52));
    }

    /// <summary>a below 1 is legitimate, and a = 1 is a removable singularity of FHL eq. 10 (references as above).</summary>
    [Theory]
    [InlineData(0.5, 1.90361991281958)]
    [InlineData(1 - 1e-9, 1.16931677373301)]
    [InlineData(1, 1.16931677373301)]
    [InlineData(1 + 1e-9, 1.16931677373301)]
    public void Expected_purchases_hold_for_a_below_at_and_above_one(double a, double expected52)
    {
        Assert.Equal(expected52, BgNbd.ExpectedPurchases(Parameters with { A = a }, new RepeatSummary(3, 20, 39), 52), 8);
    }

    [Fact]
    public void Nothing_is_expected_in_no_time()
    {
        Assert.Equal(0, BgNbd.ExpectedPurchases(Parameters, new RepeatSummary(3, 20, 39), 0));
        Assert.Equal(0, BgNbd.ExpectedPurchasesOfNewCustomer(Parameters, 0));
    }

    private static void AssertRelative(double expected, double actual) =>
        Assert.True(double.IsFinite(actual) && Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
