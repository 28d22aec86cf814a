namespace Saas.Domain.Clv;

/// <summary>A customer's repeat purchases (x), the time of the last one (t_x) and the age (T), in periods since the first purchase.</summary>
public readonly record struct RepeatSummary(int X, double Tx, double T);

/// <summary>A customer's repeat purchases (x) and their mean spend (zbar).</summary>
public readonly record struct SpendSummary(int X, double MeanSpend);

/// <summary>One purchase; a customer may have several on the same day.</summary>
public sealed record CustomerPurchase(DateOnly Day, decimal Amount);

public enum PeriodUnit
{
    Days,
    Weeks,
}
