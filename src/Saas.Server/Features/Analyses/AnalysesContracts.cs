using Saas.Domain.Abc;
using Saas.Server.Features.Customers;

namespace Saas.Server.Features.Analyses;

/// <summary>How many customers were in segment <see cref="From"/> on the first date and in <see cref="To"/> on the second.</summary>
public sealed record SegmentFlow(string From, string To, long Customers);

/// <summary>
/// The movement matrix between the ends of two days (UTC), as its non-empty cells. Customers without an order by
/// the first date come from Prospect; the diagonal holds those who stayed.
/// </summary>
public sealed record SegmentMovement(DateOnly From, DateOnly To, IReadOnlyList<SegmentFlow> Flows);

/// <summary>Customers with scores R and F, their average revenue, and their segments, most frequent first.</summary>
public sealed record RfmCell(int R, int F, long Customers, decimal AverageMonetary, string Segment, IReadOnlyList<SegmentCount> Segments);

public sealed record RfmGrid(long Customers, IReadOnlyList<RfmCell> Cells);

public sealed record AbcClassSize(AbcClass Class, long Customers, double CustomerShare, double RevenueShare);

/// <summary>The Pareto curve (at most 100 points, the top customers first) and the ABC classes for the shares A and B.</summary>
public sealed record AbcPareto(
    long Customers, decimal Revenue, double AShare, double BShare, IReadOnlyList<ParetoPoint> Curve, IReadOnlyList<AbcClassSize> Classes);

/// <summary>
/// A cohort: the customers whose first order fell in <see cref="Month"/>; <see cref="Active"/>[n] of them bought in
/// month +n, <see cref="Retention"/>[n] is that as a share. Months after the current one are left out.
/// </summary>
public sealed record Cohort(DateOnly Month, long Customers, IReadOnlyList<long> Active, IReadOnlyList<double> Retention);

public sealed record CohortRetention(IReadOnlyList<Cohort> Cohorts);

/// <summary>Orders containing the category in that month and region (null: not reported), and what was sold in them.</summary>
public sealed record CategorySales(string Month, string? Region, string Category, long Orders, long Quantity, decimal Revenue, decimal Discount);

public sealed record CategorySalesByRegion(string From, string To, IReadOnlyList<CategorySales> Rows);

/// <summary>
/// Two categories bought in the same order: the share of all orders with both (support), the share of orders with
/// one that also have the other (confidence, both ways), and how much more often they go together than by chance (lift).
/// </summary>
public sealed record CategoryPair(string A, string B, long Orders, double Support, double ConfidenceAToB, double ConfidenceBToA, double Lift);

public sealed record CrossSell(long Orders, IReadOnlyList<CategoryPair> Pairs);

public sealed record CustomerProfitability(
    string CustomerId, string? Name, int Orders, decimal Revenue, decimal CostOfGoods, decimal Discounts, decimal Refunds, decimal ServiceCost,
    decimal Profit, int OrdersWithCost);

public sealed record ProfitabilityPage(string Order, int Offset, int Limit, IReadOnlyList<CustomerProfitability> Items, IReadOnlyList<string> Notes);

public sealed record ProfitabilitySummary(
    long Customers, long Orders, decimal Revenue, decimal CostOfGoods, decimal Discounts, decimal Refunds, decimal ServiceCost, decimal Profit,
    long UnprofitableCustomers, long OrdersWithCost, IReadOnlyList<string> Notes);

/// <summary>A trait's share among the top spenders and among the rest; lift = top share / rest share (null when the rest have none).</summary>
public sealed record TraitComparison(string Dimension, string? Value, double TopShare, double RestShare, double? Lift);

public sealed record SpenderAverages(long Customers, decimal AverageOrderValue, double PurchaseDays);

/// <summary>
/// What the top <see cref="Share"/> of customers by revenue (revenue of at least <see cref="RevenueThreshold"/>) have
/// in common against the rest. Shares and averages come from <see cref="SampledCustomers"/> customers: every
/// customer up to 20,000, else a fixed sample of about that many.
/// </summary>
public sealed record TopSpenders(
    double Share, decimal RevenueThreshold, long TopCustomers, long OtherCustomers, long SampledCustomers,
    SpenderAverages Top, SpenderAverages Rest, IReadOnlyList<TraitComparison> Traits);
