using Saas.Domain.Abc;
using Saas.Domain.Rfm;

namespace Saas.Domain.Alerts;

/// <summary>What churn alerts compare of a customer between two evaluations.</summary>
/// <param name="UsualIntervalDays">The customer's mean interval between purchase days; null below two.</param>
public sealed record CustomerSnapshot(
    Segment Segment,
    AbcClass Abc,
    bool TopClvQuintile,
    double ChurnRisk,
    double? ProbabilityAlive,
    decimal Clv,
    double RecencyDays,
    double? UsualIntervalDays);
