using System.Globalization;

namespace Saas.Bench;

/// <summary>
/// dotnet run -c Release --project tests/Saas.Bench -- ingest [orders=200000] [rate=2000] [seconds=20]
///                                                   | fit [customers=100000]
///                                                   | rescore [customers=1000000]
///                                                   | analyses [customers=1000000] [orders=10000000]
///                                                   | import [rows=1000000] [ordersPerCustomer=5] [warm]
/// against the PostgreSQL in SAAS_TEST_PG (default: the test cluster of deploy/test.sh, port 5434, through its Unix socket).
/// </summary>
internal static class Bench
{
    public static async Task<int> Main(string[] args)
    {
        var admin = Environment.GetEnvironmentVariable("SAAS_TEST_PG")
                    ?? $"Host={Path.Combine(BenchServer.RepositoryRoot(), ".data", "pg-test")};Port=5434;Username=saas;Database=postgres";
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        switch (args.FirstOrDefault())
        {
            case "ingest":
                return await IngestBench.RunAsync(admin, Arg(1, 200_000), Arg(2, 2_000), Arg(3, 20));
            case "fit":
                FitBench.Run(Arg(1, 100_000));
                return 0;
            case "rescore":
                return await RescoreBench.RunAsync(admin, Arg(1, 1_000_000));
            case "analyses":
                await AnalysesBench.RunAsync(admin, Arg(1, 1_000_000), Arg(2, 10_000_000));
                return 0;
            case "import":
                return await ImportBench.RunAsync(admin, Arg(1, 1_000_000), Arg(2, 5), warm: args.Contains("warm"));
            default:
                Console.Error.WriteLine("usage: Saas.Bench ingest [orders] [rate] [seconds] | fit [customers] | rescore [customers] | analyses [customers] [orders] | import [rows] [ordersPerCustomer] [warm]");
                return 2;
        }
    }
}
