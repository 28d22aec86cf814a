namespace Saas.Domain.Abc;

/// <summary>
/// A point of the Pareto curve: the top <see cref="CustomerShare"/> of customers by revenue bring
/// <see cref="RevenueShare"/> of it; <see cref="Class"/> is the class of the last customer counted.
/// </summary>
public sealed record ParetoPoint(double CustomerShare, double RevenueShare, AbcClass Class);
