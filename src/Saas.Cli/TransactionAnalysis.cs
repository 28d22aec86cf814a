using Saas.Domain.Clv;
using Saas.Domain.Rfm;

namespace Saas.Cli;

internal static class TransactionAnalysis
{
    public const int Months = 12;

    public static AnalysisReport Run(IEnumerable<Transaction> transactions, AnalyzeOptions options)
    {
        var purchasesByCustomer = new Dictionary<string, List<CustomerPurchase>>();
        var counted = 0;
        var lastDay = DateOnly.MinValue;
        foreach (var t in transactions)
        {
            if (t.Day > options.AsOf) continue;
            if (!purchasesByCustomer.TryGetValue(t.CustomerId, out var purchases)) purchasesByCustomer[t.CustomerId] = purchases = [];
            purchases.Add(new CustomerPurchase(t.Day, t.Amount));
            lastDay = t.Day > lastDay ? t.Day : lastDay;
            counted++;
        }
        if (counted == 0) throw new CliInputException($"{options.File}: no purchase{(options.AsOf is { } a ? $" on or before {a:yyyy-MM-dd}" : "")}");

        var asOf = options.AsOf ?? lastDay;
        var customers = purchasesByCustomer
            .Select(p => new CustomerSummary(p.Key, p.Value, PurchaseSummaries.Summarize(p.Value, asOf, options.Period)))
            .ToArray();
        var bgNbd = BgNbd.Fit([.. customers.Select(c => c.Repeat)]);
        var gammaGamma = GammaGamma.Fit([.. customers.Select(c => c.Spend)]);
        var periodDays = PurchaseSummaries.PeriodDays(options.Period);

        CustomerValue ValueOf(CustomerSummary c)
        {
            var spend = GammaGamma.ExpectedAverageSpend(gammaGamma.Parameters, c.Spend);
            double Expected(double days) => BgNbd.ExpectedPurchases(bgNbd.Parameters, c.Repeat, days / periodDays);
            return new CustomerValue(
                c.Id,
                CustomerLifetimeValue.Discounted(bgNbd.Parameters, c.Repeat, spend, options.DiscountRate, periodDays, Months),
                BgNbd.ProbabilityAlive(bgNbd.Parameters, c.Repeat),
                Expected(30), Expected(90), Expected(365),
                spend);
        }

        return new AnalysisReport(
            customers.Length,
            counted,
            asOf,
            options.Period,
            SegmentCounts(customers, asOf),
            bgNbd,
            gammaGamma,
            options.DiscountRate,
            [.. customers.Select(ValueOf).OrderByDescending(v => v.Clv).ThenBy(v => v.CustomerId, StringComparer.Ordinal).Take(options.Top)]);
    }

    /// <summary>RFM on the tenant's own quintiles: recency in days, frequency in purchase days, monetary as total spend.</summary>
    private static Dictionary<Segment, int> SegmentCounts(CustomerSummary[] customers, DateOnly asOf)
    {
        var values = customers.Select(c => c.RfmAsOf(asOf)).ToArray();
        var thresholds = RfmThresholds.FromSamples(
            [.. values.Select(v => v.RecencyDays)], [.. values.Select(v => (double)v.Frequency)], [.. values.Select(v => (double)v.Monetary)]);
        var counts = Enum.GetValues<Segment>().Where(s => s != Segment.Prospect).ToDictionary(s => s, _ => 0);
        foreach (var v in values) counts[RfmSegmentMap.SegmentOf(v, thresholds)]++;
        return counts;
    }

    private sealed record CustomerSummary(string Id, List<CustomerPurchase> Purchases, (RepeatSummary Repeat, SpendSummary Spend) Summary)
    {
        public RepeatSummary Repeat => Summary.Repeat;
        public SpendSummary Spend => Summary.Spend;

        public RfmValues RfmAsOf(DateOnly asOf) => new(
            asOf.DayNumber - Purchases.Max(p => p.Day).DayNumber,
            Repeat.X + 1,
            Purchases.Sum(p => p.Amount));
    }
}
