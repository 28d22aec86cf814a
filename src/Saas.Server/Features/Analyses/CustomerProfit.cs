using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Analyses;

/// <summary>A customer's orders, revenue and costs (a row of customer_profits), or what a batch of orders adds to them.</summary>
public sealed record CustomerProfit(
    string TenantId, string CustomerId, int Orders, decimal Revenue, decimal Discounts, decimal CostOfGoods, int OrdersWithCost, decimal Refunds)
{
    /// <summary>Revenue is what the customer paid, discounts already taken off; they are kept to show what they cost.</summary>
    public decimal Profit => Revenue - CostOfGoods - Refunds;

    public static CustomerProfit None(string tenantId, string customerId) => new(tenantId, customerId, 0, 0, 0, 0, 0, 0);

    public CustomerProfit Plus(OrderApplied order) => this with
    {
        Orders = Orders + 1,
        Revenue = Revenue + order.Total,
        Discounts = Discounts + order.Discount,
        CostOfGoods = CostOfGoods + (order.CostOfGoods ?? 0),
        OrdersWithCost = OrdersWithCost + (order.CostOfGoods is null ? 0 : 1),
    };

    /// <summary>An order amended, cancelled or refunded.</summary>
    public CustomerProfit Plus(OrderProfitChanged change) => this with
    {
        Orders = Orders + change.Orders,
        Revenue = Revenue + change.Revenue,
        Discounts = Discounts + change.Discounts,
        CostOfGoods = CostOfGoods + change.CostOfGoods,
        OrdersWithCost = OrdersWithCost + change.OrdersWithCost,
        Refunds = Refunds + change.Refunds,
    };

    public CustomerProfit Minus(CustomerProfit other) => this with
    {
        Orders = Orders - other.Orders,
        Revenue = Revenue - other.Revenue,
        Discounts = Discounts - other.Discounts,
        CostOfGoods = CostOfGoods - other.CostOfGoods,
        OrdersWithCost = OrdersWithCost - other.OrdersWithCost,
        Refunds = Refunds - other.Refunds,
    };

    /// <param name="customers">In key order.</param>
    public static TableRows Rows(IReadOnlyList<CustomerProfit> customers) => new("customer_profits", 2,
    [
        TableColumn.Text("tenant_id", customers.Select(c => c.TenantId)),
        TableColumn.Text("customer_id", customers.Select(c => c.CustomerId)),
        TableColumn.Integer("orders", customers.Select(c => c.Orders)),
        TableColumn.Money("revenue", customers.Select(c => c.Revenue)),
        TableColumn.Money("discounts", customers.Select(c => c.Discounts)),
        TableColumn.Money("cost_of_goods", customers.Select(c => c.CostOfGoods)),
        TableColumn.Integer("orders_with_cost", customers.Select(c => c.OrdersWithCost)),
        TableColumn.Money("refunds", customers.Select(c => c.Refunds)),
    ]);
}

/// <summary>A customer's totals before a batch (null before its first order) and after it.</summary>
public sealed record CustomerProfitChange(CustomerProfit? Before, CustomerProfit After)
{
    public static CustomerProfitChange Of(CustomerProfit after, CustomerProfit added) =>
        new(after.Orders == added.Orders ? null : after.Minus(added), after);

    /// <summary>
    /// What the changes do to each tenant's revenue buckets (a customer leaves the bucket of its old revenue for
    /// the bucket of its new one) and to its totals, each in key order.
    /// </summary>
    public static IEnumerable<TableRows> Tables(IEnumerable<CustomerProfitChange> changes)
    {
        var buckets = new Dictionary<(string Tenant, int Bucket), (long Customers, decimal Revenue)>();
        var totals = new SortedDictionary<string, Totals>(StringComparer.Ordinal);
        foreach (var (before, after) in changes)
        {
            if (before is not null) AddToBucket(buckets, before, -1);
            AddToBucket(buckets, after, 1);
            totals[after.TenantId] = totals.GetValueOrDefault(after.TenantId, Totals.None).Plus(before, after);
        }
        var moved = buckets.Where(b => b.Value.Customers != 0 || b.Value.Revenue != 0)
            .OrderBy(b => b.Key.Tenant, StringComparer.Ordinal).ThenBy(b => b.Key.Bucket).ToArray();
        yield return new TableRows("revenue_buckets", 2,
        [
            TableColumn.Text("tenant_id", moved.Select(b => b.Key.Tenant)),
            TableColumn.Integer("bucket", moved.Select(b => b.Key.Bucket)),
            TableColumn.Count("customers", moved.Select(b => b.Value.Customers)),
            TableColumn.Money("revenue", moved.Select(b => b.Value.Revenue)),
        ]);
        yield return new TableRows("analysis_totals", 1,
        [
            TableColumn.Text("tenant_id", totals.Keys),
            TableColumn.Count("orders", totals.Values.Select(t => t.Orders)),
            TableColumn.Count("customers", totals.Values.Select(t => t.Customers)),
            TableColumn.Money("revenue", totals.Values.Select(t => t.Revenue)),
            TableColumn.Money("discounts", totals.Values.Select(t => t.Discounts)),
            TableColumn.Money("cost_of_goods", totals.Values.Select(t => t.CostOfGoods)),
            TableColumn.Count("orders_with_cost", totals.Values.Select(t => t.OrdersWithCost)),
            TableColumn.Count("unprofitable_customers", totals.Values.Select(t => t.Unprofitable)),
            TableColumn.Money("refunds", totals.Values.Select(t => t.Refunds)),
        ]);
    }

    private static void AddToBucket(Dictionary<(string Tenant, int Bucket), (long Customers, decimal Revenue)> buckets, CustomerProfit customer, int sign)
    {
        var key = (customer.TenantId, RevenueBuckets.Of(customer.Revenue));
        var (customers, revenue) = buckets.GetValueOrDefault(key);
        buckets[key] = (customers + sign, revenue + sign * customer.Revenue);
    }

    private sealed record Totals(
        long Orders, long Customers, decimal Revenue, decimal Discounts, decimal CostOfGoods, long OrdersWithCost, long Unprofitable, decimal Refunds)
    {
        public static Totals None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

        public Totals Plus(CustomerProfit? before, CustomerProfit after)
        {
            var added = before is null ? after : after.Minus(before);
            return new Totals(
                Orders + added.Orders, Customers + (before is null ? 1 : 0), Revenue + added.Revenue, Discounts + added.Discounts,
                CostOfGoods + added.CostOfGoods, OrdersWithCost + added.OrdersWithCost,
                Unprofitable + IsUnprofitable(after) - IsUnprofitable(before), Refunds + added.Refunds);
        }

        private static int IsUnprofitable(CustomerProfit? customer) => customer?.Profit < 0 ? 1 : 0;
    }
}
