using Saas.Domain.Customers;
using Saas.Domain.Loyalty;

namespace Saas.Domain.Tests.Loyalty;

public sealed class LoyaltyModelTests
{
    [Fact]
    public void Worked_example_a_regular_customer_a_little_late_scores_71()
    {
        var score = LoyaltyModel.Score(LoyaltyExamples.Regular);

        // 0.15 × 50 + 0.15 × 60 + 0.10 × 75 + 0.20 × 77.88 + 0.10 × 80 + 0.10 × 50 + 0.20 × 90 = 70.58
        Assert.Equal(71, score.Total);
        Assert.Equal(
            [("tenure", 50.0), ("frequency", 60.0), ("regularity", 75.0), ("recency", 77.88), ("satisfaction", 80.0), ("complaints and returns", 50.0), ("P(alive)", 90.0)],
            score.Parts.Select(p => (p.Name, Math.Round(p.Score, 2))));
        Assert.Equal(
            [
                "bought over 365 days; 730 or more score 100",
                "6 purchase days; 10 or more score 100",
                "intervals vary by 50% of their mean; 200% or more scores 0",
                "last purchase 45 days ago, usual interval 30 days",
                "average rating 4.2 of 5",
                "1 complaint and 1 return over 8 orders; one for every two orders scores 0",
                "P(alive) 0.90",
            ],
            score.Parts.Select(p => p.Explanation));
    }

    [Fact]
    public void The_weights_sum_to_one()
    {
        Assert.Equal(1, LoyaltyModel.Score(LoyaltyExamples.Regular).Parts.Sum(p => p.Weight), 12);
    }

    [Fact]
    public void The_best_customer_scores_100_and_a_bad_one_near_0()
    {
        var best = new LoyaltyInputs(1_000, new Rhythm(20, 14, 0), 3, 5, 0, 0, 25, 1);
        var worst = new LoyaltyInputs(0, new Rhythm(3, 10, 40), 1_000, 1, 9, 9, 3, 0);

        Assert.Equal(100, LoyaltyModel.Score(best).Total);
        Assert.Equal(5, LoyaltyModel.Score(worst).Total); // only 3 purchase days of frequency are left
    }

    [Fact]
    public void Every_total_and_part_stays_within_0_and_100()
    {
        var random = new Random(11);
        for (var i = 0; i < 2_000; i++)
        {
            var days = random.Next(0, 40);
            var inputs = new LoyaltyInputs(
                random.NextDouble() * 3_000,
                new Rhythm(days, days < 2 ? null : 1 + random.NextDouble() * 200, days < 3 ? null : random.NextDouble() * 400),
                random.NextDouble() * 3_000 - 5,
                random.Next(2) == 0 ? null : random.NextDouble() * 6,
                random.Next(0, 20), random.Next(0, 20), random.Next(0, 40),
                random.Next(2) == 0 ? null : random.NextDouble() * 1.1 - 0.05,
                random.Next(2) == 0 ? null : 1 + random.NextDouble() * 90);

            var score = LoyaltyModel.Score(inputs);

            Assert.InRange(score.Total, 0, 100);
            Assert.All(score.Parts, p => Assert.InRange(p.Score, 0, 100));
        }
    }

    [Fact]
    public void Impossible_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyModel.Score(LoyaltyExamples.Regular with { Complaints = -1 }));
        Assert.Throws<ArgumentException>(() => LoyaltyModel.Score(LoyaltyExamples.Regular with { ProbabilityAlive = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyModel.Score(LoyaltyExamples.Regular with { TypicalIntervalDays = 0 }));
    }
}
