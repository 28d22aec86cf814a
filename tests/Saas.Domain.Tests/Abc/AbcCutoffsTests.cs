using Saas.Domain.Abc;

namespace Saas.Domain.Tests.Abc;

public sealed class AbcCutoffsTests
{
    private static readonly AbcShares Standard = new(); // A 80%, B 15%, C the last 5%

    [Fact]
    public void The_top_customers_making_80_percent_are_A_the_next_15_percent_B_the_rest_C()
    {
        decimal[] revenues = [3, 50, 10, 2, 30, 5]; // total 100; from the top: 50, 80, 90, 95, 98, 100

        var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

        Assert.Equal(new AbcCutoffs(30, 5), cutoffs);
        Assert.Equal(
            [AbcClass.C, AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.A, AbcClass.B],
            revenues.Select(cutoffs.ClassOf));
    }

    [Fact]
    public void A_stops_at_the_first_customer_whose_running_total_reaches_the_share()
    {
        decimal[] revenues = [79, 1, 20]; // 79 is short of 80, 79 + 20 passes it

        var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

        Assert.Equal(AbcClass.A, cutoffs.ClassOf(20));
        Assert.Equal(AbcClass.C, cutoffs.ClassOf(1));
    }

    [Fact]
    public void Customers_tied_with_the_last_A_customer_are_all_A()
    {
        decimal[] revenues = [40, 20, 20, 20]; // 80% is reached by the second 20; the third ties with it

        var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

        Assert.All(revenues, r => Assert.Equal(AbcClass.A, cutoffs.ClassOf(r)));
    }

    [Fact]
    public void Customers_tied_with_the_last_B_customer_are_all_B()
    {
        decimal[] revenues = [80, 5, 5, 5, 5]; // 95% is reached by the third 5

        var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.B, AbcClass.B], revenues.Select(cutoffs.ClassOf));
    }

    [Fact]
    public void Customers_without_revenue_are_C_even_when_most_customers_have_none()
    {
        decimal[] revenues = [100, 0, 0, 0, -5];

        var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

        Assert.Equal([AbcClass.A, AbcClass.C, AbcClass.C, AbcClass.C, AbcClass.C], revenues.Select(cutoffs.ClassOf));
    }

    [Fact]
    public void A_single_customer_with_revenue_is_A()
    {
        Assert.Equal(AbcClass.A, AbcAnalysis.Cutoffs([12.5m], Standard).ClassOf(12.5m));
    }

    [Fact]
    public void Without_any_revenue_nobody_is_A_and_the_first_revenue_will_be()
    {
        foreach (var revenues in new[] { Array.Empty<decimal>(), [0m], [0m, 0m] })
        {
            var cutoffs = AbcAnalysis.Cutoffs(revenues, Standard);

            Assert.Equal(AbcClass.C, cutoffs.ClassOf(0));
            Assert.Equal(AbcClass.A, cutoffs.ClassOf(0.01m));
        }
    }

    [Fact]
    public void Other_shares_move_the_lines()
    {
        decimal[] revenues = [50, 30, 10, 5, 3, 2];

        var cutoffs = AbcAnalysis.Cutoffs(revenues, new AbcShares(A: 0.5, B: 0.4));

        Assert.Equal(new AbcCutoffs(50, 10), cutoffs);
    }
}
