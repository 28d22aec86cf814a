using System.Diagnostics;
using Saas.Domain.Abc;

namespace Saas.Domain.Tests.Abc;

[CollectionDefinition(nameof(AbcPerformanceTests), DisableParallelization = true)]
public sealed class AbcPerformanceCollection;

/// <summary>
/// Run alone, after the parallel tests, and timed in processor time, not wall time: on a shared machine (other
/// builds and test runs) waiting for a core says nothing about the cost of the algorithm.
/// </summary>
[Collection(nameof(AbcPerformanceTests))]
public sealed class AbcPerformanceTests
{
    private static readonly decimal[] Revenues = LongTail(1_000_000);

    [Fact]
    public void A_million_customers_are_classified_in_well_under_a_second()
    {
        var fastest = Enumerable.Range(0, 3).Min(_ => Time(() => AbcAnalysis.Cutoffs(Revenues, new AbcShares())));

        Assert.True(fastest < TimeSpan.FromSeconds(1), $"took {fastest}");
    }

    [Fact]
    public void A_million_customers_give_their_Pareto_curve_in_well_under_a_second()
    {
        var fastest = Enumerable.Range(0, 3).Min(_ => Time(() => AbcAnalysis.Pareto(Revenues)));

        Assert.True(fastest < TimeSpan.FromSeconds(1), $"took {fastest}");
    }

    [Fact]
    public void A_million_customers_split_80_percent_of_revenue_into_A()
    {
        var cutoffs = AbcAnalysis.Cutoffs(Revenues, new AbcShares());

        var aRevenue = Revenues.Where(r => cutoffs.ClassOf(r) == AbcClass.A).Sum();
        Assert.InRange(aRevenue / Revenues.Sum(), 0.80m, 0.8001m);
    }

    private static TimeSpan Time(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    /// <summary>Pareto-distributed revenues, cents included: a few large customers and a long tail.</summary>
    private static decimal[] LongTail(int count)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, count).Select(_ => Math.Round((decimal)(10 / (1 - random.NextDouble())), 2))];
    }
}
