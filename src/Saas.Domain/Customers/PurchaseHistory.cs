using System.Text.Json.Serialization;
using Saas.Domain.Orders;
using Saas.Domain.Rfm;

namespace Saas.Domain.Customers;

/// <summary>
/// What a customer's analyses need of its orders: running totals, purchases by calendar day (UTC; same-day
/// orders are one purchase, as in BG/NBD), discounts, what was bought in each category, and each order by id so
/// that a later report of it amends it, a cancellation takes it out and a refund takes its amount off.
/// </summary>
public sealed record PurchaseHistory
{
    /// <summary>A customer with no order yet; shared, as every instance is immutable.</summary>
    public static PurchaseHistory None { get; } = new();

    /// <summary>Orders that count: cancelled ones are not.</summary>
    public int Orders { get; init; }

    /// <summary>What the counted orders brought, refunds taken off.</summary>
    public decimal Revenue { get; init; }

    public DateTimeOffset? FirstOrderAt { get; init; }
    public DateTimeOffset? LastOrderAt { get; init; }

    /// <summary>One entry per day with an order, oldest first; amounts are net of refunds.</summary>
    public IReadOnlyList<PurchaseDay> Days { get; init; } = [];

    public decimal Discounts { get; init; }
    public int DiscountedOrders { get; init; }

    public IReadOnlyDictionary<string, CategoryPurchases> Categories { get; init; } = new Dictionary<string, CategoryPurchases>();

    /// <summary>Refunds received: each is a return for the loyalty score.</summary>
    public int Returns { get; init; }

    public decimal Refunds { get; init; }

    /// <summary>Each order by its id, cancelled ones included (so that a late report of one does not count it again).</summary>
    public IReadOnlyDictionary<string, OrderRecord> OrdersById { get; init; } = new Dictionary<string, OrderRecord>();

    /// <summary>
    /// A new order is added; a known one is amended (its refunds stay), unless both reports say when the shop changed
    /// the order and this one is the older; a cancelled one stays out.
    /// </summary>
    public PurchaseHistory Add(Order order)
    {
        if (!OrdersById.TryGetValue(order.Id, out var known)) return Include(order.Id, OrderRecord.Of(order));
        if (known.Cancelled || order.UpdatedAt < known.UpdatedAt) return this;
        return Exclude(order.Id, known).Include(order.Id, OrderRecord.Of(order) with { Refunded = Math.Min(known.Refunded, order.Total) });
    }

    /// <summary>A known order stops counting: one order fewer, its amount, day, discount and categories taken out.</summary>
    public PurchaseHistory Cancel(string orderId) =>
        OrdersById.TryGetValue(orderId, out var known) && !known.Cancelled
            ? Exclude(orderId, known) with { OrdersById = With(orderId, known with { Cancelled = true }) }
            : this;

    /// <summary>
    /// Takes a refund off a known order's revenue (never below zero for the order) and counts it as a return;
    /// the order still counts as a purchase. Refunds of unknown or cancelled orders change nothing.
    /// </summary>
    public PurchaseHistory Refund(string orderId, decimal amount)
    {
        if (!OrdersById.TryGetValue(orderId, out var known) || known.Cancelled || amount <= 0) return this;
        var taken = Math.Min(amount, known.Net);
        return this with
        {
            Revenue = Revenue - taken,
            Refunds = Refunds + taken,
            Returns = Returns + 1,
            Days = ChangeDay(known.Day, -taken, 0),
            OrdersById = With(orderId, known with { Refunded = known.Refunded + taken }),
        };
    }

    /// <returns>The raw RFM values as of <paramref name="asOf"/>, or null for a customer with no order.</returns>
    public RfmValues? RfmAsOf(DateTimeOffset asOf) => LastOrderAt is { } last
        ? new RfmValues(Math.Max(0, (asOf - last).TotalDays), Orders, Revenue)
        : null;

    private PurchaseHistory Include(string orderId, OrderRecord order) => this with
    {
        Orders = Orders + 1,
        Revenue = Revenue + order.Net,
        FirstOrderAt = FirstOrderAt is { } first && first < order.PlacedAt ? first : order.PlacedAt,
        LastOrderAt = LastOrderAt is { } last && last > order.PlacedAt ? last : order.PlacedAt,
        Days = ChangeDay(order.Day, order.Net, 1),
        Discounts = Discounts + order.Discount,
        DiscountedOrders = DiscountedOrders + (order.Discount > 0 ? 1 : 0),
        Categories = AddToCategories(order),
        OrdersById = With(orderId, order),
    };

    /// <summary>Takes a counted order out of the totals; the caller decides what its record becomes.</summary>
    private PurchaseHistory Exclude(string orderId, OrderRecord order)
    {
        var remaining = OrdersById.Where(o => o.Key != orderId && !o.Value.Cancelled).Select(o => o.Value.PlacedAt).ToArray();
        var left = Orders - 1;
        return this with
        {
            Orders = left,
            Revenue = Revenue - order.Net,
            FirstOrderAt = left == 0 ? null : FirstOrderAt == order.PlacedAt && remaining.Length > 0 ? remaining.Min() : FirstOrderAt,
            LastOrderAt = left == 0 ? null : LastOrderAt == order.PlacedAt && remaining.Length > 0 ? remaining.Max() : LastOrderAt,
            Days = ChangeDay(order.Day, -order.Net, -1),
            Discounts = Discounts - order.Discount,
            DiscountedOrders = DiscountedOrders - (order.Discount > 0 ? 1 : 0),
            Categories = RemoveFromCategories(orderId, order),
        };
    }

    private Dictionary<string, OrderRecord> With(string orderId, OrderRecord order) => new(OrdersById) { [orderId] = order };

    /// <summary>Adds an amount and a number of orders to a day; a day left with no order goes.</summary>
    private List<PurchaseDay> ChangeDay(DateOnly day, decimal amount, int orders)
    {
        var days = new List<PurchaseDay>(Days.Count + 1);
        days.AddRange(Days);
        var at = days.Count - 1;
        while (at >= 0 && days[at].Day > day) at--;
        if (at >= 0 && days[at].Day == day)
        {
            var changed = days[at] with { Amount = days[at].Amount + amount, Orders = days[at].Orders + orders };
            if (changed.Orders > 0) days[at] = changed;
            else days.RemoveAt(at);
        }
        else if (orders > 0)
        {
            days.Insert(at + 1, new PurchaseDay(day, amount, orders));
        }
        return days;
    }

    private Dictionary<string, CategoryPurchases> AddToCategories(OrderRecord order)
    {
        var categories = new Dictionary<string, CategoryPurchases>(Categories);
        foreach (var line in order.Categories)
        {
            categories[line.Category] = categories.TryGetValue(line.Category, out var known)
                ? new CategoryPurchases(known.Orders + 1, known.Revenue + line.Revenue, known.LastBoughtAt > order.PlacedAt ? known.LastBoughtAt : order.PlacedAt)
                : new CategoryPurchases(1, line.Revenue, order.PlacedAt);
        }
        return categories;
    }

    private Dictionary<string, CategoryPurchases> RemoveFromCategories(string orderId, OrderRecord order)
    {
        var categories = new Dictionary<string, CategoryPurchases>(Categories);
        foreach (var line in order.Categories)
        {
            if (!categories.TryGetValue(line.Category, out var known)) continue;
            if (known.Orders <= 1)
            {
                categories.Remove(line.Category);
                continue;
            }
            var lastBought = OrdersById.Where(o => o.Key != orderId && !o.Value.Cancelled && o.Value.Categories.Any(c => c.Category == line.Category))
                .Select(o => o.Value.PlacedAt).DefaultIfEmpty(known.LastBoughtAt).Max();
            categories[line.Category] = new CategoryPurchases(known.Orders - 1, known.Revenue - line.Revenue, lastBought);
        }
        return categories;
    }
}

/// <summary>All of a customer's orders on one calendar day (UTC).</summary>
public sealed record PurchaseDay(DateOnly Day, decimal Amount, int Orders);

public sealed record CategoryPurchases(int Orders, decimal Revenue, DateTimeOffset LastBoughtAt);

/// <summary>What reversing or amending one order needs: when, how much, its discount and what it added to each category.</summary>
public sealed record OrderRecord(DateTimeOffset PlacedAt, decimal Total, decimal Discount, IReadOnlyList<CategoryAmount> Categories)
{
    public decimal Refunded { get; init; }

    public bool Cancelled { get; init; }

    /// <summary>The cost of the lines whose shop reported a unit cost; null if none did.</summary>
    public decimal? CostOfGoods { get; init; }

    /// <summary>Where the shop said the order was placed; the category tables count it there.</summary>
    public string? Region { get; init; }

    /// <summary>When the shop last changed the order, as of the report applied; null if it did not say.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>What the order brings once its refunds are taken off.</summary>
    [JsonIgnore]
    public decimal Net => Total - Refunded;

    [JsonIgnore]
    public DateOnly Day => DateOnly.FromDateTime(PlacedAt.UtcDateTime);

    public static OrderRecord Of(Order order) => new(order.PlacedAt, order.Total, order.Lines.Sum(l => l.Discount), CategoriesOf(order.Lines))
    {
        CostOfGoods = order.Lines.Any(l => l.UnitCost is not null) ? order.Lines.Sum(l => (l.UnitCost ?? 0) * l.Quantity) : null,
        Region = order.Region,
        UpdatedAt = order.UpdatedAt,
    };

    /// <summary>The lines summed per category, in the order each category first appears (every order of every import passes here).</summary>
    private static CategoryAmount[] CategoriesOf(IReadOnlyList<OrderLine> lines)
    {
        var amounts = new List<CategoryAmount>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Category is not { } category) continue;
            var added = new CategoryAmount(category, line.Price * line.Quantity - line.Discount) { Quantity = line.Quantity, Discount = line.Discount };
            var at = amounts.Count - 1;
            while (at >= 0 && amounts[at].Category != category) at--;
            if (at < 0) amounts.Add(added);
            else amounts[at] = added with { Revenue = amounts[at].Revenue + added.Revenue, Quantity = amounts[at].Quantity + added.Quantity, Discount = amounts[at].Discount + added.Discount };
        }
        return [.. amounts];
    }
}

/// <summary>What an order's lines of one category came to (after their discounts), how many items and what discount.</summary>
public sealed record CategoryAmount(string Category, decimal Revenue)
{
    public int Quantity { get; init; }

    public decimal Discount { get; init; }
}
