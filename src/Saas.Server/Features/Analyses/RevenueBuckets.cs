using Saas.Domain.Abc;

namespace Saas.Server.Features.Analyses;

/// <summary>A tenant's customers whose revenue falls in one bucket, and their revenue (a row of revenue_buckets).</summary>
public sealed record RevenueBucket(int Bucket, long Customers, decimal Revenue);

/// <summary>
/// Customers by revenue in geometric buckets 1% wide: bucket 0 holds revenue of zero or less, bucket b above 0
/// revenue from 1.01^(b-1) to 1.01^b cents. Taking each bucket's customers at their average revenue, the Pareto
/// curve and the ABC classes of docs/ANALYSIS.md come from a few hundred rows instead of a sort of every
/// customer, off by at most the customers of the one bucket where a class boundary falls.
/// </summary>
public static class RevenueBuckets
{
    private static readonly double LogWidth = Math.Log(1.01);

    public static int Of(decimal revenue) => revenue < 0.01m ? 0 : 1 + (int)Math.Floor(Math.Log((double)(revenue * 100)) / LogWidth);

    public static AbcPareto Pareto(IReadOnlyList<RevenueBucket> buckets, AbcShares shares, int points = 100)
    {
        var curve = new Curve(buckets);
        var total = curve.Revenue;
        var a = curve.CustomersReaching((decimal)shares.A * total);
        var ab = curve.CustomersReaching((decimal)(shares.A + shares.B) * total);
        AbcClass ClassOf(long rank) => rank <= a ? AbcClass.A : rank <= ab ? AbcClass.B : AbcClass.C;
        double Share(decimal revenue) => total == 0 ? 0 : (double)(revenue / total);

        var count = curve.Customers;
        var shown = (int)Math.Min(points, count);
        var pareto = Enumerable.Range(1, shown).Select(i =>
        {
            var upTo = i * count / shown;
            return new ParetoPoint((double)upTo / count, Share(curve.RevenueOfTop(upTo)), ClassOf(upTo));
        }).ToArray();
        AbcClassSize Size(AbcClass abc, long from, long to) =>
            new(abc, to - from, count == 0 ? 0 : (double)(to - from) / count, Share(curve.RevenueOfTop(to) - curve.RevenueOfTop(from)));
        return new AbcPareto(count, total, shares.A, shares.B, pareto, [Size(AbcClass.A, 0, a), Size(AbcClass.B, a, ab), Size(AbcClass.C, ab, count)]);
    }

    /// <summary>Cumulative customers and revenue from the top bucket down.</summary>
    private sealed class Curve
    {
        private readonly long[] _customers;
        private readonly decimal[] _revenue;
        private readonly decimal[] _average;

        public Curve(IReadOnlyList<RevenueBucket> buckets)
        {
            var descending = buckets.Where(b => b.Customers > 0).OrderByDescending(b => b.Bucket).ToArray();
            _customers = new long[descending.Length];
            _revenue = new decimal[descending.Length];
            _average = new decimal[descending.Length];
            for (var i = 0; i < descending.Length; i++)
            {
                var revenue = descending[i].Bucket == 0 ? 0 : descending[i].Revenue;
                _average[i] = revenue / descending[i].Customers;
                _customers[i] = CustomersBefore(i) + descending[i].Customers;
                _revenue[i] = RevenueBefore(i) + revenue;
            }
        }

        public long Customers => _customers.Length == 0 ? 0 : _customers[^1];

        public decimal Revenue => _revenue.Length == 0 ? 0 : _revenue[^1];

        public decimal RevenueOfTop(long customers)
        {
            if (customers <= 0) return 0;
            var i = Array.FindIndex(_customers, c => c >= customers);
            return i < 0 ? Revenue : RevenueBefore(i) + (customers - CustomersBefore(i)) * _average[i];
        }

        /// <returns>The fewest top customers whose revenue reaches <paramref name="target"/>; 0 for a target of 0 or less.</returns>
        public long CustomersReaching(decimal target)
        {
            if (target <= 0) return 0;
            var i = Array.FindIndex(_revenue, r => r >= target);
            if (i < 0) return Customers;
            var within = (long)Math.Ceiling((target - RevenueBefore(i)) / _average[i]);
            return CustomersBefore(i) + Math.Min(within, _customers[i] - CustomersBefore(i));
        }

        private long CustomersBefore(int i) => i == 0 ? 0 : _customers[i - 1];

        private decimal RevenueBefore(int i) => i == 0 ? 0 : _revenue[i - 1];
    }
}
