using Saas.Domain.Abc;
using Saas.Domain.Clv;
using Saas.Domain.Rfm;

namespace Saas.Domain.Analysis;

/// <summary>What a tenant chooses about its analyses; every field has a sensible default.</summary>
public sealed record AnalysisSettings
{
    public RfmSettings Rfm { get; init; } = RfmSettings.Default;

    public AbcShares Abc { get; init; } = new();

    /// <summary>Discounts the 12-month CLV: money next year is worth less than money now.</summary>
    public double AnnualDiscountRate { get; init; } = 0.10;

    /// <summary>A valuable customer whose churn risk reaches this line raises an alert.</summary>
    public double ChurnRiskThreshold { get; init; } = 0.6;

    /// <summary>P(alive) below this line counts as slipping away (its crossing is a moment worth waking for).</summary>
    public double ProbabilityAliveLine { get; init; } = 0.3;

    public PeriodUnit FitPeriod { get; init; } = PeriodUnit.Weeks;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        errors.AddRange(Rfm.Validate().Select(e => $"rfm: {e}"));
        errors.AddRange(AbcShares.Validate(Abc.A, Abc.B).Select(e => $"abc: {e}"));
        if (AnnualDiscountRate is < 0 or > 1) errors.Add("annualDiscountRate: between 0 and 1 (0.10 is 10% a year).");
        if (ChurnRiskThreshold is <= 0 or >= 1) errors.Add("churnRiskThreshold: between 0 and 1, exclusive.");
        if (ProbabilityAliveLine is <= 0 or >= 1) errors.Add("probabilityAliveLine: between 0 and 1, exclusive.");
        return errors;
    }
}
