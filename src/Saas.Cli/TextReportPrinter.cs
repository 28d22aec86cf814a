using static System.FormattableString;

namespace Saas.Cli;

internal static class TextReportPrinter
{
    public static void Print(AnalysisReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"Customers     {report.Customers:N0}"));
        output.WriteLine(Invariant($"Transactions  {report.Transactions:N0}"));
        output.WriteLine(Invariant($"As of         {report.AsOf:yyyy-MM-dd} (model periods: {report.Period.ToString().ToLowerInvariant()})"));
        output.WriteLine();

        output.WriteLine("RFM segments");
        foreach (var (segment, count) in report.Segments) output.WriteLine(Invariant($"  {segment,-18} {count,8:N0}"));
        output.WriteLine();

        var (r, alpha, a, b) = report.BgNbd.Parameters;
        output.WriteLine(Invariant($"BG/NBD        r={r:F4}  alpha={alpha:F4}  a={a:F4}  b={b:F4}  log-likelihood={report.BgNbd.LogLikelihood:F2}  ({report.BgNbd.SampleSize:N0} customers)"));
        var (p, q, v) = report.GammaGamma.Parameters;
        output.WriteLine(Invariant($"Gamma-Gamma   p={p:F4}  q={q:F4}  v={v:F4}  log-likelihood={report.GammaGamma.LogLikelihood:F2}  ({report.GammaGamma.SampleSize:N0} repeat buyers)"));
        output.WriteLine();

        output.WriteLine(Invariant($"Top {report.TopCustomers.Count} customers by {TransactionAnalysis.Months}-month CLV (annual discount rate {report.DiscountRate * 100:0.##}%)"));
        output.WriteLine(Invariant($"  {"customer",-12} {"CLV",10} {"P(alive)",9} {"E[30d]",8} {"E[90d]",8} {"E[365d]",8} {"spend",9}"));
        foreach (var c in report.TopCustomers)
        {
            output.WriteLine(Invariant($"  {c.CustomerId,-12} {c.Clv,10:F2} {c.ProbabilityAlive,9:F3} {c.ExpectedPurchases30,8:F2} {c.ExpectedPurchases90,8:F2} {c.ExpectedPurchases365,8:F2} {c.ExpectedSpend,9:F2}"));
        }
    }
}
