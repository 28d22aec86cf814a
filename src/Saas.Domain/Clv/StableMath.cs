namespace Saas.Domain.Clv;

internal static class StableMath
{
    /// <summary>ln(1 + e^z) without overflow for large z.</summary>
    public static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    /// <summary>1 / (1 + e^-z) without overflow for either sign of z.</summary>
    public static double Sigmoid(double z)
    {
        var e = Math.Exp(-Math.Abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
