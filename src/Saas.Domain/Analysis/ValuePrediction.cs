using Saas.Domain.Clv;
using Saas.Domain.Customers;

namespace Saas.Domain.Analysis;

/// <summary>A customer's predicted future under the tenant's fitted BG/NBD and Gamma-Gamma models.</summary>
public sealed record ValuePrediction(
    RepeatSummary Repeat,
    double PeriodDays,
    double ProbabilityAlive,
    double ExpectedPurchases30,
    double ExpectedPurchases90,
    double ExpectedPurchases365,
    double ExpectedSpend,
    double Clv)
{
    public const int ClvMonths = 12;

    /// <returns>Null until the tenant has a BG/NBD fit.</returns>
    public static ValuePrediction? Of(PurchaseHistory history, TenantModel model, DateOnly today)
    {
        if (model.BgNbd is null || history.Orders == 0) return null;
        var purchases = history.Days.Where(d => d.Day <= today).Select(d => new CustomerPurchase(d.Day, d.Amount));
        var (repeat, spend) = PurchaseSummaries.Summarize(purchases, today, model.Settings.FitPeriod);
        return Of(repeat, spend, (double)(history.Revenue / history.Orders), model);
    }

    /// <param name="averageOrderValue">The spend expected when the tenant has no usable Gamma-Gamma fit.</param>
    /// <returns>Null when the fit gives no finite answer for this customer (a degenerate fit must never stop the grain).</returns>
    public static ValuePrediction? Of(RepeatSummary repeat, SpendSummary spend, double averageOrderValue, TenantModel model)
    {
        if (model.BgNbd is not { } bgNbd) return null;
        var periodDays = PurchaseSummaries.PeriodDays(model.Settings.FitPeriod);
        var modelledSpend = model.GammaGamma is { } gammaGamma ? GammaGamma.ExpectedAverageSpend(gammaGamma, spend) : double.NaN;
        var expectedSpend = double.IsFinite(modelledSpend) && modelledSpend > 0 ? modelledSpend : averageOrderValue;
        var prediction = new ValuePrediction(
            repeat,
            periodDays,
            BgNbd.ProbabilityAlive(bgNbd, repeat),
            BgNbd.ExpectedPurchases(bgNbd, repeat, 30 / periodDays),
            BgNbd.ExpectedPurchases(bgNbd, repeat, 90 / periodDays),
            BgNbd.ExpectedPurchases(bgNbd, repeat, 365 / periodDays),
            expectedSpend,
            CustomerLifetimeValue.Discounted(bgNbd, repeat, expectedSpend, model.Settings.AnnualDiscountRate, periodDays, ClvMonths));
        return prediction.IsFinite ? prediction : null;
    }

    private bool IsFinite =>
        double.IsFinite(ProbabilityAlive) && double.IsFinite(ExpectedPurchases30) && double.IsFinite(ExpectedPurchases90)
        && double.IsFinite(ExpectedPurchases365) && double.IsFinite(ExpectedSpend) && double.IsFinite(Clv);
}
