using Saas.Domain.Customers;
using Saas.Domain.Loyalty;

namespace Saas.Domain.Tests.Loyalty;

public sealed class LoyaltyUnknownInputsTests
{
    private static readonly LoyaltyInputs FirstTimer = new(0, new Rhythm(1, null, null), 10, null, 0, 0, 1, null);

    [Fact]
    public void A_first_time_buyer_without_rating_or_model_is_neutral_where_nothing_is_known_and_says_so()
    {
        var score = LoyaltyModel.Score(FirstTimer);

        Assert.Equal(
            [
                ("regularity", "fewer than 3 purchase days, too few to judge: neutral"),
                ("recency", "one purchase and no typical interval to judge it by: neutral"),
                ("satisfaction", "no rating: neutral"),
                ("P(alive)", "P(alive) not estimated yet: neutral"),
            ],
            score.Parts.Where(p => p.Score == LoyaltyModel.Neutral).Select(p => (p.Name, p.Explanation)));
        Assert.Equal(42, score.Total); // 0.15 × 0 + 0.15 × 10 + (0.10 + 0.20 + 0.10 + 0.20) × 50 + 0.10 × 100 = 41.5
    }

    [Fact]
    public void Two_purchase_days_give_a_recency_but_not_yet_a_regularity()
    {
        var score = LoyaltyModel.Score(FirstTimer with { Rhythm = new Rhythm(2, 20, null), RecencyDays = 60 });

        Assert.Equal(LoyaltyModel.Neutral, score.Part(LoyaltyPartNames.Regularity).Score);
        Assert.Equal("last purchase 60 days ago, usual interval 20 days", score.Part(LoyaltyPartNames.Recency).Explanation);
        Assert.True(score.Part(LoyaltyPartNames.Recency).Score < 50);
    }

    [Fact]
    public void A_one_purchase_customer_is_judged_against_the_shop_s_typical_interval_when_given()
    {
        var lapsed = LoyaltyModel.Score(FirstTimer with { RecencyDays = 400, TypicalIntervalDays = 30 });

        Assert.Equal("last purchase 400 days ago, one purchase, the shop's typical interval 30 days", lapsed.Part(LoyaltyPartNames.Recency).Explanation);
        Assert.True(lapsed.Total < LoyaltyModel.Score(FirstTimer).Total);
    }
}
