using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

public sealed class GammaGammaTests
{
    [Fact]
    public void Customers_without_repeat_purchases_or_with_no_spend_are_left_out_of_the_fit()
    {
        var repeatBuyers = Cdnow.Summaries().Values.Select(s => s.Spend).Where(s => s.X > 0).ToArray();

        var fit = GammaGamma.Fit([.. repeatBuyers, new SpendSummary(0, 0), new SpendSummary(0, 0), new SpendSummary(3, 0)]);

        Assert.Equal(repeatBuyers.Length, fit.SampleSize);
        Assert.Equal(GammaGamma.Fit(repeatBuyers).Parameters, fit.Parameters);
    }

    [Fact]
    public void A_customer_without_repeat_purchases_is_expected_to_spend_the_population_mean()
    {
        Assert.Equal(6.25 * 15.44 / 2.74, GammaGamma.ExpectedAverageSpend(Cdnow.PublishedGammaGamma, new SpendSummary(0, 0)), 9);
    }

    [Fact]
    public void A_sample_without_repeat_buyers_cannot_be_fitted()
    {
        Assert.Throws<ArgumentException>(() => GammaGamma.Fit([new SpendSummary(0, 0)]));
    }

    [Fact]
    public void A_sample_whose_likelihood_has_no_maximum_says_so()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => GammaGamma.Fit([new(2, 10), new(3, 10), new(1, 10)]));

        Assert.Contains("did not converge", exception.Message);
    }
}
