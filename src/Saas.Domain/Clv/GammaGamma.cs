namespace Saas.Domain.Clv;

/// <summary>
/// The Gamma-Gamma model of monetary value (Fader and Hardie, "The Gamma-Gamma Model of Monetary Value", 2013; FH below):
/// a customer's mean spend per purchase, shrunk from the customer's own mean towards the population's.
/// </summary>
public static class GammaGamma
{
    /// <summary>Fits on the customers with repeat purchases and a positive mean spend; the others carry no information about spend.</summary>
    public static GammaGammaFit Fit(IReadOnlyList<SpendSummary> customers)
    {
        var likelihood = new GammaGammaLikelihood(customers);
        if (likelihood.SampleSize == 0) throw new ArgumentException("At least one customer with a repeat purchase is needed.", nameof(customers));
        var (values, iterations) = LogParameterMinimizer.Minimize(likelihood.MeanNegativeLogLikelihood, 3);
        var parameters = new GammaGammaParameters(values[0], values[1], values[2]);
        return new GammaGammaFit(parameters, likelihood.LogLikelihood(parameters), likelihood.SampleSize, iterations);
    }

    /// <summary>
    /// FH eq. 5, (q-1)/(px+q-1) · pv/(q-1) + px/(px+q-1) · zbar, written as p(v + x·zbar)/(px+q-1):
    /// for x = 0 it is the population mean pv/(q-1).
    /// </summary>
    public static double ExpectedAverageSpend(GammaGammaParameters p, SpendSummary c) =>
        p.P * (p.V + c.X * c.MeanSpend) / (p.P * c.X + p.Q - 1);
}
