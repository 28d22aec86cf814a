using System.Globalization;
using Saas.Domain.Clv;

namespace Saas.Domain.Tests.Clv;

/// <summary>
/// The CDNOW sample of shared/data/cdnow (see its README), in the first folder above the test binaries that holds it:
/// the repository's parent on a developer machine (/work) and in CI (/tmp/ci/main beside /tmp/ci/shared).
/// </summary>
public static class Cdnow
{
    public static readonly DateOnly CalibrationEnd = new(1997, 9, 30);

    /// <summary>BG/NBD on the 2,357 customers in weeks, as the BTYD vignette reports it.</summary>
    public static readonly BgNbdParameters PublishedBgNbd = new(R: 0.2425982, Alpha: 4.4136842, A: 0.7929899, B: 2.4261667);

    /// <summary>Gamma-Gamma on the 946 repeat buyers, as Fader and Hardie's note reports it.</summary>
    public static readonly GammaGammaParameters PublishedGammaGamma = new(P: 6.25, Q: 3.74, V: 15.44);

    public static string Folder { get; } = FindFolder();

    /// <summary>Each customer's (sample id's) purchases from CDNOW_sample.txt, holdout period included.</summary>
    public static IReadOnlyDictionary<int, List<CustomerPurchase>> PurchasesByCustomer()
    {
        var byCustomer = new Dictionary<int, List<CustomerPurchase>>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "CDNOW_sample.txt")))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var day = DateOnly.ParseExact(fields[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            var purchase = new CustomerPurchase(day, decimal.Parse(fields[4], CultureInfo.InvariantCulture));
            var id = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (!byCustomer.TryGetValue(id, out var purchases)) byCustomer[id] = purchases = [];
            purchases.Add(purchase);
        }
        return byCustomer;
    }

    /// <summary>The calibration-period summaries in weeks, by customer id.</summary>
    public static IReadOnlyDictionary<int, (RepeatSummary Repeat, SpendSummary Spend)> Summaries() =>
        PurchasesByCustomer().ToDictionary(p => p.Key, p => PurchaseSummaries.Summarize(p.Value, CalibrationEnd, PeriodUnit.Weeks));

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar, rounded to two decimals.</summary>
    public static IEnumerable<(int Id, int X, double Tx, double T, double MeanSpend)> PublishedSummaries() =>
        File.ReadLines(Path.Combine(Folder, "cdnow_customers_summary_with_transactions.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture)));

    private static string FindFolder()
    {
        var relative = Path.Combine("shared", "data", "cdnow");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, relative))) return Path.Combine(dir.FullName, relative);
        }
        throw new DirectoryNotFoundException($"No {relative} in any folder above {AppContext.BaseDirectory}.");
    }
}
