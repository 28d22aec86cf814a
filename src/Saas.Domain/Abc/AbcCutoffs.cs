namespace Saas.Domain.Abc;

/// <summary>
/// The least revenue that makes a customer A, and B. A customer with no revenue (zero or less) is always C, so
/// the cutoffs of a tenant without revenue (both zero) make any revenue A.
/// </summary>
public sealed record AbcCutoffs(decimal AMinimumRevenue, decimal BMinimumRevenue)
{
    public AbcClass ClassOf(decimal revenue) =>
        revenue <= 0 ? AbcClass.C
        : revenue >= AMinimumRevenue ? AbcClass.A
        : revenue >= BMinimumRevenue ? AbcClass.B
        : AbcClass.C;
}
