namespace Saas.Domain.Tests.Clv;

internal static class Within
{
    public static void OnePercent(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 0.01 * Math.Abs(expected), $"expected {expected} within 1%, got {actual}");
}
