using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

/// <summary>The published BG/NBD figures on CDNOW (data README: BTYD vignette sections 4.2-4.3, FHL 2005).</summary>
public sealed class BgNbdCdnowTests
{
    private static readonly BgNbdParameters Published = Cdnow.PublishedBgNbd;

    [Fact]
    public void Fitting_CDNOW_finds_the_published_parameters_and_log_likelihood()
    {
        var customers = Cdnow.Summaries().Values.Select(s => s.Repeat).ToArray();

        var fit = BgNbd.Fit(customers);

        Within.OnePercent(Published.R, fit.Parameters.R);
        Within.OnePercent(Published.Alpha, fit.Parameters.Alpha);
        Within.OnePercent(Published.A, fit.Parameters.A);
        Assert.True(fit.Parameters.A < 1, "a below 1 is legitimate: nothing may clamp it");
        Within.OnePercent(Published.B, fit.Parameters.B);
        Within.OnePercent(-9582.429, fit.LogLikelihood);
        Assert.Equal(2_357, fit.SampleSize);
        Assert.True(fit.Iterations > 0);
    }

    [Fact]
    public void The_sample_log_likelihood_is_the_sum_over_customers()
    {
        var customers = Cdnow.Summaries().Values.Select(s => s.Repeat).ToArray();

        Within.OnePercent(-9582.429, BgNbd.LogLikelihood(Published, customers));
    }

    [Fact]
    public void A_new_customer_is_expected_to_buy_1_444_times_in_52_weeks()
    {
        Within.OnePercent(1.444004, BgNbd.ExpectedPurchasesOfNewCustomer(Published, 52));
    }

    [Fact]
    public void Customer_1516_is_expected_to_buy_25_76_times_in_the_next_52_weeks()
    {
        var customer1516 = new RepeatSummary(26, 30.85714, 31);

        Within.OnePercent(25.75659, BgNbd.ExpectedPurchases(Published, customer1516, 52));
        Within.OnePercent(0.9688523, BgNbd.ProbabilityAlive(Published, customer1516));
    }

    [Theory]
    [InlineData(10, 0.3474606)]
    [InlineData(15, 0.04283391)]
    [InlineData(20, 0.004158973)]
    [InlineData(25, 0.0003583685)]
    public void After_a_long_silence_more_past_purchases_mean_fewer_expected(int x, double expected)
    {
        Within.OnePercent(expected, BgNbd.ExpectedPurchases(Published, new RepeatSummary(x, 20, 39), 52));
    }
}
