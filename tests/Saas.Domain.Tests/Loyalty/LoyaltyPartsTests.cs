using Saas.Domain.Customers;
using Saas.Domain.Loyalty;

namespace Saas.Domain.Tests.Loyalty;

public sealed class LoyaltyPartsTests
{
    private static readonly LoyaltyInputs Regular = LoyaltyExamples.Regular;

    public static TheoryData<string, LoyaltyInputs, LoyaltyInputs> WorseThenBetter => new()
    {
        { LoyaltyPartNames.Tenure, Regular with { TenureDays = 100 }, Regular with { TenureDays = 600 } },
        { LoyaltyPartNames.Frequency, Regular with { Rhythm = Regular.Rhythm with { PurchaseDays = 3 } }, Regular with { Rhythm = Regular.Rhythm with { PurchaseDays = 9 } } },
        { LoyaltyPartNames.Regularity, Regular with { Rhythm = Regular.Rhythm with { IntervalStdDays = 40 } }, Regular with { Rhythm = Regular.Rhythm with { IntervalStdDays = 5 } } },
        { LoyaltyPartNames.Recency, Regular with { RecencyDays = 120 }, Regular with { RecencyDays = 50 } },
        { LoyaltyPartNames.Satisfaction, Regular with { AverageRating = 2 }, Regular with { AverageRating = 4.8 } },
        { LoyaltyPartNames.ComplaintsAndReturns, Regular with { Complaints = 3 }, Regular with { Complaints = 0 } },
        { LoyaltyPartNames.ComplaintsAndReturns, Regular with { Returns = 3 }, Regular with { Returns = 0 } },
        { LoyaltyPartNames.ComplaintsAndReturns, Regular with { Orders = 4 }, Regular with { Orders = 20 } },
        { LoyaltyPartNames.ProbabilityAlive, Regular with { ProbabilityAlive = 0.3 }, Regular with { ProbabilityAlive = 0.95 } },
    };

    [Theory]
    [MemberData(nameof(WorseThenBetter))]
    public void Each_part_moves_the_total_the_right_way(string part, LoyaltyInputs worse, LoyaltyInputs better)
    {
        var low = LoyaltyModel.Score(worse);
        var high = LoyaltyModel.Score(better);

        Assert.True(high.Part(part).Score > low.Part(part).Score);
        Assert.True(high.Total > low.Total, $"{part}: {low.Total} then {high.Total}");
        Assert.Equal(
            low.Parts.Where(p => p.Name != part).Select(p => p.Score),
            high.Parts.Where(p => p.Name != part).Select(p => p.Score));
    }

    [Fact]
    public void Buying_before_the_next_purchase_is_due_keeps_recency_full()
    {
        Assert.Equal(100, LoyaltyModel.Score(Regular with { RecencyDays = 30 }).Part(LoyaltyPartNames.Recency).Score);
    }

    [Fact]
    public void Tenure_and_frequency_stop_growing_at_two_years_and_ten_purchase_days()
    {
        var veteran = LoyaltyModel.Score(Regular with { TenureDays = 2_000, Rhythm = new Rhythm(50, 30, 15) });

        Assert.Equal(100, veteran.Part(LoyaltyPartNames.Tenure).Score);
        Assert.Equal(100, veteran.Part(LoyaltyPartNames.Frequency).Score);
    }
}
