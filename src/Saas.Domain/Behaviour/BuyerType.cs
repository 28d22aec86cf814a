using Saas.Domain.Customers;

namespace Saas.Domain.Behaviour;

public enum BuyerType
{
    OneOff,
    Recurring,
}

public static class BuyerTypes
{
    public const int RepeatWithinDays = 365;

    /// <summary>
    /// Recurring: at least two purchase days, and at least once the next came within 365 days of the one before.
    /// Two purchases years apart are two one-off visits, not a habit. Fewer than two purchase days: OneOff.
    /// </summary>
    /// <param name="days">Oldest first, one per day.</param>
    public static BuyerType Of(IReadOnlyList<PurchaseDay> days)
    {
        for (var i = 1; i < days.Count; i++)
        {
            if (days[i].Day.DayNumber - days[i - 1].Day.DayNumber <= RepeatWithinDays) return BuyerType.Recurring;
        }
        return BuyerType.OneOff;
    }
}
