using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Analyses;

/// <summary>
/// What applied orders add to the order-derived pre-aggregates, summed in memory per key. A checkpoint folds its
/// batch through this; the bench folds a whole generated history.
/// </summary>
public sealed class OrderAggregates
{
    /// <summary>The region of orders whose shop reported none (a key column cannot be null).</summary>
    public const string UnreportedRegion = "";

    private readonly Dictionary<(string Tenant, DateOnly Month, string Region, string Category), CategorySums> _sales = [];
    private readonly Dictionary<(string Tenant, string Category), long> _baskets = [];
    private readonly Dictionary<(string Tenant, string A, string B), long> _pairs = [];
    private readonly Dictionary<(string Tenant, DateOnly Cohort), long> _cohortSizes = [];
    private readonly Dictionary<(string Tenant, DateOnly Cohort, DateOnly Month), long> _cohortActivity = [];
    private readonly Dictionary<(string Tenant, string Customer), CustomerProfit> _customers = [];

    public bool IsEmpty => _customers.Count == 0;

    public void Add(string tenantId, OrderApplied order)
    {
        var month = MonthOf(order.PlacedAt);
        AddSales(tenantId, month, order.Region, order.Categories, +1);
        if (order.FirstOrder) Add(_cohortSizes, (tenantId, order.CohortMonth), 1);
        if (order.FirstInMonth) Add(_cohortActivity, (tenantId, order.CohortMonth, month), 1);
        var customer = (tenantId, order.CustomerId);
        _customers[customer] = _customers.GetValueOrDefault(customer, CustomerProfit.None(tenantId, order.CustomerId)).Plus(order);
    }

    /// <summary>
    /// An amended, cancelled or refunded order: its customer's profit figures change, and the category tables take
    /// off what it counted for and add what it counts for now. Cohorts keep counting when customers came and bought.
    /// </summary>
    public void Add(string tenantId, OrderProfitChanged change)
    {
        AddSales(tenantId, MonthOf(change.Before.PlacedAt), change.Before.Region, change.Before.Categories, -1);
        AddSales(tenantId, MonthOf(change.After.PlacedAt), change.After.Region, change.After.Categories, +1);
        var customer = (tenantId, change.CustomerId);
        _customers[customer] = _customers.GetValueOrDefault(customer, CustomerProfit.None(tenantId, change.CustomerId)).Plus(change);
    }

    /// <param name="sign">+1 to count the order's categories, -1 to take them off.</param>
    private void AddSales(string tenantId, DateOnly month, string? region, IEnumerable<CategoryLine> lines, int sign)
    {
        var categories = SumByCategory(lines);
        for (var i = 0; i < categories.Count; i++)
        {
            var (category, quantity, revenue, discount) = categories[i];
            var key = (tenantId, month, region ?? UnreportedRegion, category);
            _sales[key] = _sales.GetValueOrDefault(key, CategorySums.None).Plus(new CategorySums(sign, sign * quantity, sign * revenue, sign * discount));
            Add(_baskets, (tenantId, category), sign);
            for (var j = i + 1; j < categories.Count; j++) Add(_pairs, (tenantId, category, categories[j].Category), sign);
        }
    }

    /// <summary>
    /// The lines summed per category, in ordinal order. An order has a few categories, so a list searched in place
    /// beats a grouping: every imported order passes here.
    /// </summary>
    private static List<CategoryLine> SumByCategory(IEnumerable<CategoryLine> lines)
    {
        var sums = new List<CategoryLine>();
        foreach (var line in lines)
        {
            var at = sums.Count - 1;
            while (at >= 0 && !string.Equals(sums[at].Category, line.Category, StringComparison.Ordinal)) at--;
            if (at < 0) sums.Add(line);
            else sums[at] = new CategoryLine(line.Category, sums[at].Quantity + line.Quantity, sums[at].Revenue + line.Revenue, sums[at].Discount + line.Discount);
        }
        sums.Sort((a, b) => string.CompareOrdinal(a.Category, b.Category));
        return sums;
    }

    /// <summary>What the orders add to each customer, in key order.</summary>
    public IReadOnlyList<CustomerProfit> Customers() =>
        [.. _customers.Values.OrderBy(c => c.TenantId, StringComparer.Ordinal).ThenBy(c => c.CustomerId, StringComparer.Ordinal)];

    /// <summary>
    /// The category and cohort tables, each in ordinal key order, so every writer locks the rows it shares with
    /// another in the same order; keys whose changes cancel out are left alone.
    /// </summary>
    public IEnumerable<TableRows> Tables()
    {
        var sales = _sales.Where(s => s.Value != CategorySums.None).OrderBy(s => s.Key.Tenant, StringComparer.Ordinal).ThenBy(s => s.Key.Month)
            .ThenBy(s => s.Key.Region, StringComparer.Ordinal).ThenBy(s => s.Key.Category, StringComparer.Ordinal).ToArray();
        yield return new TableRows("category_sales", 4,
        [
            TableColumn.Text("tenant_id", sales.Select(s => s.Key.Tenant)),
            TableColumn.Date("month", sales.Select(s => s.Key.Month)),
            TableColumn.Text("region", sales.Select(s => s.Key.Region)),
            TableColumn.Text("category", sales.Select(s => s.Key.Category)),
            TableColumn.Count("orders", sales.Select(s => s.Value.Orders)),
            TableColumn.Count("quantity", sales.Select(s => s.Value.Quantity)),
            TableColumn.Money("revenue", sales.Select(s => s.Value.Revenue)),
            TableColumn.Money("discount", sales.Select(s => s.Value.Discount)),
        ]);
        var baskets = _baskets.Where(b => b.Value != 0).OrderBy(b => b.Key.Tenant, StringComparer.Ordinal).ThenBy(b => b.Key.Category, StringComparer.Ordinal).ToArray();
        yield return new TableRows("category_baskets", 2,
        [
            TableColumn.Text("tenant_id", baskets.Select(b => b.Key.Tenant)),
            TableColumn.Text("category", baskets.Select(b => b.Key.Category)),
            TableColumn.Count("orders", baskets.Select(b => b.Value)),
        ]);
        var pairs = _pairs.Where(p => p.Value != 0).OrderBy(p => p.Key.Tenant, StringComparer.Ordinal).ThenBy(p => p.Key.A, StringComparer.Ordinal)
            .ThenBy(p => p.Key.B, StringComparer.Ordinal).ToArray();
        yield return new TableRows("category_pairs", 3,
        [
            TableColumn.Text("tenant_id", pairs.Select(p => p.Key.Tenant)),
            TableColumn.Text("category_a", pairs.Select(p => p.Key.A)),
            TableColumn.Text("category_b", pairs.Select(p => p.Key.B)),
            TableColumn.Count("orders", pairs.Select(p => p.Value)),
        ]);
        var sizes = _cohortSizes.OrderBy(c => c.Key.Tenant, StringComparer.Ordinal).ThenBy(c => c.Key.Cohort).ToArray();
        yield return new TableRows("cohort_sizes", 2,
        [
            TableColumn.Text("tenant_id", sizes.Select(s => s.Key.Tenant)),
            TableColumn.Date("cohort_month", sizes.Select(s => s.Key.Cohort)),
            TableColumn.Count("customers", sizes.Select(s => s.Value)),
        ]);
        var activity = _cohortActivity.OrderBy(a => a.Key.Tenant, StringComparer.Ordinal).ThenBy(a => a.Key.Cohort).ThenBy(a => a.Key.Month).ToArray();
        yield return new TableRows("cohort_activity", 3,
        [
            TableColumn.Text("tenant_id", activity.Select(a => a.Key.Tenant)),
            TableColumn.Date("cohort_month", activity.Select(a => a.Key.Cohort)),
            TableColumn.Date("activity_month", activity.Select(a => a.Key.Month)),
            TableColumn.Count("customers", activity.Select(a => a.Value)),
        ]);
    }

    public static DateOnly MonthOf(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1);

    private static void Add<TKey>(Dictionary<TKey, long> counts, TKey key, long amount) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + amount;

    private sealed record CategorySums(long Orders, long Quantity, decimal Revenue, decimal Discount)
    {
        public static CategorySums None { get; } = new(0, 0, 0, 0);

        public CategorySums Plus(CategorySums more) =>
            new(Orders + more.Orders, Quantity + more.Quantity, Revenue + more.Revenue, Discount + more.Discount);
    }
}
