using Saas.Domain.Customers;

namespace Saas.Domain.Tests.Behaviour;

internal static class PurchaseDays
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>One purchase day at each offset in days from <see cref="Start"/>.</summary>
    public static PurchaseDay[] At(params int[] offsets) => [.. offsets.Select(o => new PurchaseDay(Start.AddDays(o), 20m, 1))];
}
