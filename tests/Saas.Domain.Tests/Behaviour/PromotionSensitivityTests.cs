using Saas.Domain.Behaviour;

namespace Saas.Domain.Tests.Behaviour;

public sealed class PromotionSensitivityTests
{
    [Theory]
    [InlineData(10, 10, "PromotionDriven")]
    [InlineData(6, 10, "PromotionDriven")]
    [InlineData(5, 10, "Mixed")]
    [InlineData(3, 10, "Mixed")]
    [InlineData(2, 10, "FullPrice")]
    [InlineData(0, 10, "FullPrice")]
    [InlineData(1, 1, "PromotionDriven")]
    public void The_share_of_discounted_orders_decides_the_label(int discounted, int orders, string label)
    {
        Assert.Equal(label, PromotionSensitivity.Label(discounted, orders));
    }

    [Fact]
    public void The_share_is_discounted_orders_over_orders_and_nothing_without_orders()
    {
        Assert.Equal(0.25, PromotionSensitivity.Share(1, 4));
        Assert.Equal(0, PromotionSensitivity.Share(0, 0));
    }

    [Fact]
    public void Impossible_counts_and_customers_without_orders_get_no_label()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PromotionSensitivity.Share(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PromotionSensitivity.Share(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PromotionSensitivity.Label(0, 0));
    }
}
