using System.Diagnostics;
using Saas.Domain.Clv;
using Saas.Domain.Simulation;

namespace Saas.Bench;

/// <summary>
/// Times the BG/NBD and Gamma-Gamma fits on a seeded simulated shop whose customers follow the models themselves
/// (CDNOW's parameters, in weeks, no seasons), and checks that the fits recover the parameters the shop was drawn with.
/// </summary>
internal static class FitBench
{
    private static readonly BgNbdParameters TrueBgNbd = new(R: 0.243, Alpha: 4.414, A: 0.793, B: 2.426);
    private static readonly GammaGammaParameters TrueGammaGamma = new(P: 6.25, Q: 3.74, V: 15.44);
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Run(int customers)
    {
        var shop = new ShopSimulation(customers, From, From.AddDays(78 * 7), Seed: 20050101)
        {
            Buying = TrueBgNbd, Spending = TrueGammaGamma, Seasonal = false, PromotionSensitiveShare = 0,
        };
        var asOf = DateOnly.FromDateTime(shop.Until.UtcDateTime);
        var summaries = new ShopSimulator(shop).History().OfType<SimulatedOrder>()
            .GroupBy(o => o.Order.Customer.Id)
            .Select(c => PurchaseSummaries.Summarize(c.Select(o => new CustomerPurchase(DateOnly.FromDateTime(o.At.UtcDateTime), o.Order.Total)), asOf, PeriodUnit.Weeks))
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

    private static string Recovered(double[] fitted, double[] truth) =>
        fitted.Zip(truth).All(p => Math.Abs(p.First - p.Second) <= 0.1 * p.Second) ? "yes" : "no";
}
