using MathNet.Numerics;

namespace Saas.Domain.Clv;

/// <summary>
/// The BG/NBD model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way" (FHL below):
/// how many purchases a customer will make and whether the customer is still alive.
/// </summary>
public static class BgNbd
{
    public static BgNbdFit Fit(IReadOnlyList<RepeatSummary> customers)
    {
        if (customers.Count == 0) throw new ArgumentException("At least one customer is needed.", nameof(customers));
        var likelihood = new BgNbdLikelihood(customers);
        var (values, iterations) = LogParameterMinimizer.Minimize(likelihood.MeanNegativeLogLikelihood, 4);
        var parameters = new BgNbdParameters(values[0], values[1], values[2], values[3]);
        return new BgNbdFit(parameters, likelihood.LogLikelihood(parameters), customers.Count, iterations);
    }

    /// <summary>
    /// FHL eq. 6 as ln Γ(r+x)/Γ(r) + r ln α + ln B(a,b+x)/B(a,b) - (r+x) ln(α+T) + ln(1 + δ(x>0) e^z), where z is
    /// <see cref="DeathLogOdds"/>: the two terms of the likelihood as a ratio, so (α+T)^(r+x) is never formed.
    /// </summary>
    public static double LogLikelihood(BgNbdParameters p, RepeatSummary c)
    {
        var (r, alpha, a, b) = p;
        var x = c.X;
        var value = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + r * Math.Log(alpha)
                    + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b)
                    + SpecialFunctions.GammaLn(a + b) - SpecialFunctions.GammaLn(a + b + x)
                    - (r + x) * Math.Log(alpha + c.T);
        return x > 0 ? value + StableMath.Softplus(DeathLogOdds(p, c, c.T)) : value;
    }

    public static double LogLikelihood(BgNbdParameters p, IReadOnlyList<RepeatSummary> cs)
    {
        var sum = 0.0;
        foreach (var c in cs) sum += LogLikelihood(p, c);
        return sum;
    }

    /// <summary>FHL eq. 13; 1 for a customer with no repeat purchase, who cannot have dropped out yet.</summary>
    public static double ProbabilityAlive(BgNbdParameters p, RepeatSummary c) =>
        c.X == 0 ? 1 : StableMath.Sigmoid(-DeathLogOdds(p, c, c.T));

    /// <summary>
    /// FHL eq. 10. Euler's transformation 2F1(r+x, b+x; c; z) = (1-z)^(c-r-b-2x) 2F1(a+b-1-r, a-1; c; z) with c = a+b+x-1
    /// turns [1 - (1-z)^(r+x) 2F1(r+x, b+x; c; z)] / (a-1) into [1 - (1-z)^(a-1) F] / (a-1), whose parameters do not grow
    /// with x; <see cref="OneMinusPowerTimesHypergeometricOverAMinusOne"/> then divides by a-1 analytically, so a near 1 is exact too.
    /// </summary>
    public static double ExpectedPurchases(BgNbdParameters p, RepeatSummary c, double t)
    {
        var (r, alpha, a, b) = p;
        var x = c.X;
        var logOneMinusZ = Math.Log(alpha + c.T) - Math.Log(alpha + c.T + t);
        var z = t / (alpha + c.T + t);
        var bracket = OneMinusPowerTimesHypergeometricOverAMinusOne(a + b - 1 - r, a, a + b + x - 1, z, logOneMinusZ);
        return (a + b + x - 1) * bracket * ProbabilityAlive(p, c);
    }

    /// <summary>FHL eq. 7: the conditional expectation of a customer with x = t_x = T = 0.</summary>
    public static double ExpectedPurchasesOfNewCustomer(BgNbdParameters p, double t) =>
        ExpectedPurchases(p, new RepeatSummary(0, 0, 0), t);

    /// <summary>
    /// Solves P(alive at T+Δ) = line for Δ: with no new purchase only T grows, and P(alive) = 1 / (1 + e^z) with
    /// z = ln(a/(b+x-1)) + (r+x) ln((α+T+Δ)/(α+t_x)), so Δ = (α+t_x) e^(ln((1/line - 1)(b+x-1)/a) / (r+x)) - α - T.
    /// </summary>
    public static double? PeriodsUntilProbabilityAliveBelow(BgNbdParameters p, RepeatSummary c, double line)
    {
        if (c.X == 0 || line <= 0) return null;
        if (line >= 1) return 0;
        var (r, alpha, a, b) = p;
        var x = c.X;
        var logOddsAtLine = Math.Log(1 / line - 1) + Math.Log(b + x - 1) - Math.Log(a);
        var periods = (alpha + c.Tx) * Math.Exp(logOddsAtLine / (r + x)) - alpha - c.T;
        if (double.IsPositiveInfinity(periods)) return null;
        return Math.Max(0, periods);
    }

    /// <summary>ln of the ratio of FHL's second likelihood term (dropped out after t_x) to the first (alive at <paramref name="age"/>).</summary>
    private static double DeathLogOdds(BgNbdParameters p, RepeatSummary c, double age) =>
        Math.Log(p.A) - Math.Log(p.B + c.X - 1) + (p.R + c.X) * (Math.Log(p.Alpha + age) - Math.Log(p.Alpha + c.Tx));

    /// <summary>
    /// [1 - (1-z)^(a-1) 2F1(A, a-1; c; z)] / (a-1) = -ln(1-z) (e^y - 1)/y - (1-z)^(a-1) G with y = (a-1) ln(1-z), where
    /// G = (2F1 - 1)/(a-1) = Σ_{n≥1} (A)_n (a)_{n-1} / ((c)_n n!) z^n, since (a-1)_n = (a-1)(a)_{n-1}.
    /// </summary>
    private static double OneMinusPowerTimesHypergeometricOverAMinusOne(double upper, double a, double lower, double z, double logOneMinusZ)
    {
        var y = (a - 1) * logOneMinusZ;
        var expm1OverY = y == 0 ? 1 : SpecialFunctions.Expm1(y) / y;
        var series = 0.0;
        var term = upper / lower * z;
        for (var n = 1; n <= MaxSeriesTerms && term != 0; n++)
        {
            series += term;
            if (Math.Abs(term) <= 1e-16 * Math.Abs(series)) break;
            term *= (upper + n) * (a + n - 1) / ((lower + n) * (n + 1)) * z;
        }
        return -logOneMinusZ * expm1OverY - Math.Exp(y) * series;
    }

    private const int MaxSeriesTerms = 1_000_000;
}
