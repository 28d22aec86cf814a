using System.Diagnostics;
using MathNet.Numerics.Distributions;
using Saas.Domain.Clv;

namespace Saas.Bench;

/// <summary>
/// Times the BG/NBD and Gamma-Gamma fits on a seeded population drawn from the models themselves (CDNOW's parameters,
/// in weeks), and checks that the fits recover the parameters the population was drawn with.
/// </summary>
internal static class FitBench
{
    private static readonly BgNbdParameters TrueBgNbd = new(R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426);
    private static readonly GammaGammaParameters TrueGammaGamma = new(P: 6.25, Q: 3.74, V: 15.44);
    private static readonly DateOnly FirstDay = new(2024, 1, 1);

    public static void Run(int customers)
    {
        var random = new Random(20050101);
        var summaries = Enumerable.Range(0, customers)
            .Select(_ => DrawCustomer(random))
            .Select(c => PurchaseSummaries.Summarize(c.Purchases, c.AsOf, PeriodUnit.Weeks))
            .ToArray();

        var clock = Stopwatch.StartNew();
        var bgNbd = BgNbd.Fit([.. summaries.Select(s => s.Repeat)]);
        var bgNbdSeconds = clock.Elapsed.TotalSeconds;
        var (r, alpha, a, b) = bgNbd.Parameters;
        Console.WriteLine($"BG/NBD       {customers:N0} customers in {bgNbdSeconds:F3} s ({bgNbd.Iterations} iterations): " +
                          $"r={r:F4} alpha={alpha:F4} a={a:F4} b={b:F4} log-likelihood={bgNbd.LogLikelihood:F2}; " +
                          $"true parameters recovered within 10%: {Recovered([r, alpha, a, b], [TrueBgNbd.R, TrueBgNbd.Alpha, TrueBgNbd.A, TrueBgNbd.B])}");

        clock.Restart();
        var gammaGamma = GammaGamma.Fit([.. summaries.Select(s => s.Spend)]);
        var gammaGammaSeconds = clock.Elapsed.TotalSeconds;
        var (p, q, v) = gammaGamma.Parameters;
        Console.WriteLine($"Gamma-Gamma  {gammaGamma.SampleSize:N0} repeat buyers in {gammaGammaSeconds:F3} s ({gammaGamma.Iterations} iterations): " +
                          $"p={p:F4} q={q:F4} v={v:F4} log-likelihood={gammaGamma.LogLikelihood:F2}; " +
                          $"true parameters recovered within 10%: {Recovered([p, q, v], [TrueGammaGamma.P, TrueGammaGamma.Q, TrueGammaGamma.V])}");
    }

    /// <summary>
    /// BG/NBD's story: a purchase rate λ ~ Gamma(r, α) and a dropout probability π ~ Beta(a, b); purchases follow a Poisson
    /// process from the first one, and after each repeat purchase the customer drops out with probability π. Each purchase
    /// spends Gamma(p, ν) with ν ~ Gamma(q, v) per customer. The customer is observed for 52 to 78 weeks, in whole days.
    /// </summary>
    private static (List<CustomerPurchase> Purchases, DateOnly AsOf) DrawCustomer(Random random)
    {
        var rate = Gamma.Sample(random, TrueBgNbd.R, TrueBgNbd.Alpha);
        var dropout = Beta.Sample(random, TrueBgNbd.A, TrueBgNbd.B);
        var spendRate = Gamma.Sample(random, TrueGammaGamma.Q, TrueGammaGamma.V);
        var observedWeeks = random.Next(52 * 7, 78 * 7 + 1) / 7.0;
        decimal Spend() => Math.Round((decimal)Gamma.Sample(random, TrueGammaGamma.P, spendRate), 2);

        var purchases = new List<CustomerPurchase> { new(FirstDay, Spend()) };
        for (var week = Exponential.Sample(random, rate); week <= observedWeeks; week += Exponential.Sample(random, rate))
        {
            purchases.Add(new CustomerPurchase(FirstDay.AddDays((int)(week * 7)), Spend()));
            if (random.NextDouble() < dropout) break;
        }
        return (purchases, FirstDay.AddDays((int)(observedWeeks * 7)));
    }

    private static string Recovered(double[] fitted, double[] truth) =>
        fitted.Zip(truth).All(p => Math.Abs(p.First - p.Second) <= 0.1 * p.Second) ? "yes" : "no";
}
