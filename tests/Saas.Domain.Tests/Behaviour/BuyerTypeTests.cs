using Saas.Domain.Behaviour;
using static Saas.Domain.Tests.Behaviour.PurchaseDays;

namespace Saas.Domain.Tests.Behaviour;

public sealed class BuyerTypeTests
{
    [Fact]
    public void A_customer_who_came_back_within_a_year_is_recurring()
    {
        Assert.Equal(BuyerType.Recurring, BuyerTypes.Of(At(0, 365)));
        Assert.Equal(BuyerType.Recurring, BuyerTypes.Of(At(0, 700, 720)));
    }

    [Fact]
    public void One_purchase_or_purchases_years_apart_are_one_off()
    {
        Assert.Equal(BuyerType.OneOff, BuyerTypes.Of([]));
        Assert.Equal(BuyerType.OneOff, BuyerTypes.Of(At(0)));
        Assert.Equal(BuyerType.OneOff, BuyerTypes.Of(At(0, 366, 800)));
    }
}
