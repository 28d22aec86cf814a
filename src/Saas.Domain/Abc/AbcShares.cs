namespace Saas.Domain.Abc;

/// <summary>The shares of total revenue that classes A and B cover; C covers the rest.</summary>
public sealed record AbcShares(double A = 0.80, double B = 0.15)
{
    /// <returns>One message per broken rule; empty when the shares can be used.</returns>
    public static IReadOnlyList<string> Validate(double a, double b)
    {
        var errors = new List<string>();
        if (!(a > 0)) errors.Add("The A share must be above 0.");
        if (!(b > 0)) errors.Add("The B share must be above 0.");
        if (!(a + b < 1)) errors.Add("The A and B shares together must be below 1, leaving a share for C.");
        return errors;
    }
}
