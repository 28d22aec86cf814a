using System.Globalization;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.Customers;

/// <summary>Orders that give a customer a chosen history: how many, how much, and when the last one was.</summary>
public static class CustomerHistories
{
    /// <summary><paramref name="orders"/> orders of <paramref name="each"/>, <paramref name="intervalDays"/> apart, the last at <paramref name="lastAt"/>.</summary>
    public static JsonObject[] Regular(string customerId, int orders, decimal each, DateTimeOffset lastAt, double intervalDays, string? name = null) =>
    [
        .. Enumerable.Range(0, orders).Select(i =>
        {
            var order = ShopApi.Order($"o-{customerId}-{i}", customerId, name, each);
            order["placedAt"] = lastAt.AddDays(-intervalDays * i).ToString("O", CultureInfo.InvariantCulture);
            return order;
        }),
    ];
}
