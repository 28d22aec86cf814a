using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

/// <summary>The published Gamma-Gamma figures on CDNOW (data README: Fader and Hardie's note, lifetimes' tests).</summary>
public sealed class GammaGammaCdnowTests
{
    private static readonly GammaGammaParameters Published = Cdnow.PublishedGammaGamma;

    [Fact]
    public void Fitting_the_repeat_buyers_of_CDNOW_finds_the_published_parameters()
    {
        var customers = Cdnow.Summaries().Values.Select(s => s.Spend).ToArray();

        var fit = GammaGamma.Fit(customers);

        Assert.Equal(946, fit.SampleSize);
        Within.OnePercent(Published.P, fit.Parameters.P);
        Within.OnePercent(Published.Q, fit.Parameters.Q);
        Within.OnePercent(Published.V, fit.Parameters.V);
        Within.OnePercent(-4055.92, fit.LogLikelihood);
    }

    [Fact]
    public void Customer_1_is_expected_to_spend_24_66_per_purchase_at_the_fitted_parameters()
    {
        var fit = GammaGamma.Fit(Cdnow.Summaries().Values.Select(s => s.Spend).ToArray());

        Within.OnePercent(24.6586, GammaGamma.ExpectedAverageSpend(fit.Parameters, new SpendSummary(2, 22.35)));
    }
}
