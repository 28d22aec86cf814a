using System.Collections.Frozen;

namespace Saas.Domain.Segments;

/// <summary>Every field a segment rule may use: the names a <see cref="IRuleSubject"/> answers for.</summary>
public static class SegmentFields
{
    public const string RecencyDays = "recencyDays";
    public const string TenureDays = "tenureDays";
    public const string Orders = "orders";
    public const string PurchaseDays = "purchaseDays";
    public const string Revenue = "revenue";
    public const string AverageOrderValue = "averageOrderValue";
    public const string R = "r";
    public const string F = "f";
    public const string M = "m";
    public const string Segment = "segment";
    public const string AbcClass = "abcClass";
    public const string Clv = "clv";
    public const string ProbabilityAlive = "probabilityAlive";
    public const string ExpectedPurchases90 = "expectedPurchases90";
    public const string ChurnRisk = "churnRisk";
    public const string Loyalty = "loyalty";
    public const string LifecycleStage = "lifecycleStage";
    public const string BuyerType = "buyerType";
    public const string PromotionShare = "promotionShare";
    public const string PurchasingPower = "purchasingPower";
    public const string Gender = "gender";
    public const string AgeBand = "ageBand";
    public const string City = "city";
    public const string Region = "region";
    public const string Channel = "channel";
    public const string Occupation = "occupation";
    public const string IncomeBand = "incomeBand";
    public const string AverageRating = "averageRating";
    public const string Complaints = "complaints";
    public const string Contacts30Days = "contacts30Days";

    public static IReadOnlyList<SegmentField> Catalogue { get; } =
    [
        NumberField(RecencyDays, "Days since the last order, fractional; grows by one a day without an order.") with { GrowsDaily = true },
        NumberField(TenureDays, "Days since the first order, fractional; grows by one a day.") with { GrowsDaily = true },
        NumberField(Orders, "Number of orders."),
        NumberField(PurchaseDays, "Number of days with an order (same-day orders count once)."),
        NumberField(Revenue, "Sum of order totals."),
        NumberField(AverageOrderValue, "Revenue divided by orders."),
        NumberField(R, "Recency score, 1 (longest ago) to the tenant's RFM level count."),
        NumberField(F, "Frequency score, 1 (fewest orders) to the tenant's RFM level count."),
        NumberField(M, "Monetary score, 1 (least revenue) to the tenant's RFM level count."),
        EnumField(Segment, "RFM segment.", Enum.GetNames<Rfm.Segment>()),
        EnumField(AbcClass, "ABC class by revenue: A the few that bring most of it, C the long tail.", "A", "B", "C"),
        NumberField(Clv, "Predicted customer lifetime value."),
        NumberField(ProbabilityAlive, "Probability, 0 to 1, that the customer still buys (BG/NBD)."),
        NumberField(ExpectedPurchases90, "Purchases expected in the next 90 days (BG/NBD)."),
        NumberField(ChurnRisk, "Risk, 0 to 1, that the customer is leaving."),
        NumberField(Loyalty, "Loyalty score: interaction frequency, tenure, regularity, satisfaction and likelihood to continue."),
        EnumField(LifecycleStage, "Stage of the relationship.", "New", "Active", "AtRisk", "Lapsed", "Reactivated", "Churned"),
        EnumField(BuyerType, "One order or repeat orders.", "OneOff", "Recurring"),
        NumberField(PromotionShare, "Share of orders with a discount, 0 to 1."),
        EnumField(PurchasingPower, "Spending band.", "Low", "Medium", "High", "Premium"),
        TextField(Gender, "Gender as the shop reports it (the payer is not always the user)."),
        TextField(AgeBand, "Age band, e.g. 18-23, 24-28, 29-35, 36+."),
        TextField(City, "City."),
        TextField(Region, "Region."),
        TextField(Channel, "Channel of the latest order, e.g. online shop or store."),
        TextField(Occupation, "Occupation."),
        TextField(IncomeBand, "Income band."),
        NumberField(AverageRating, "Mean satisfaction rating the customer gave."),
        NumberField(Complaints, "Number of complaints."),
        NumberField(Contacts30Days, "Times the customer was contacted in the last 30 days."),
    ];

    private static readonly FrozenDictionary<string, SegmentField> ByName = Catalogue.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <returns>The field of that exact name, or null.</returns>
    public static SegmentField? Find(string name) => ByName.GetValueOrDefault(name);

    private static SegmentField NumberField(string name, string description) => new(name, FieldKind.Number, description);

    private static SegmentField TextField(string name, string description) => new(name, FieldKind.Text, description);

    private static SegmentField EnumField(string name, string description, params string[] values) =>
        new(name, FieldKind.Enum, description) { AllowedValues = values };
}
