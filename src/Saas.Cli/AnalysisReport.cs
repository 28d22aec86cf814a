using Saas.Domain.Clv;
using Saas.Domain.Rfm;

namespace Saas.Cli;

internal sealed record AnalysisReport(
    int Customers,
    int Transactions,
    DateOnly AsOf,
    PeriodUnit Period,
    IReadOnlyDictionary<Segment, int> Segments,
    BgNbdFit BgNbd,
    GammaGammaFit GammaGamma,
    double DiscountRate,
    IReadOnlyList<CustomerValue> TopCustomers);

/// <summary>A customer's discounted lifetime value over <see cref="TransactionAnalysis.Months"/> and what it is made of.</summary>
internal sealed record CustomerValue(
    string CustomerId,
    double Clv,
    double ProbabilityAlive,
    double ExpectedPurchases30,
    double ExpectedPurchases90,
    double ExpectedPurchases365,
    double ExpectedSpend);
