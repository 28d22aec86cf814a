using Saas.Domain.Behaviour;

namespace Saas.Domain.Tests.Behaviour;

public sealed class PurchasingPowerTests
{
    private static readonly decimal[] CutPoints = [25m, 50m, 100m];

    [Theory]
    [InlineData("10", PurchasingPower.Low)]
    [InlineData("25", PurchasingPower.Low)]
    [InlineData("25.01", PurchasingPower.Medium)]
    [InlineData("50", PurchasingPower.Medium)]
    [InlineData("99.99", PurchasingPower.High)]
    [InlineData("100.01", PurchasingPower.Premium)]
    public void The_average_order_value_beats_the_tenant_s_cut_points_to_climb(string averageOrderValue, PurchasingPower power)
    {
        Assert.Equal(power, PurchasingPowers.Of(decimal.Parse(averageOrderValue, System.Globalization.CultureInfo.InvariantCulture), CutPoints));
    }

    [Fact]
    public void The_cut_points_are_the_tenant_s_quartiles()
    {
        Assert.Equal([20m, 30m, 40m], PurchasingPowers.CutPoints([50m, 10m, 40m, 20m, 30m]));
        Assert.Equal([12.5m, 15m, 17.5m], PurchasingPowers.CutPoints([10m, 20m]));
    }

    [Fact]
    public void Three_ascending_cut_points_are_needed()
    {
        Assert.Throws<ArgumentException>(() => PurchasingPowers.Of(1m, [1m, 2m]));
        Assert.Throws<ArgumentException>(() => PurchasingPowers.Of(1m, [3m, 2m, 1m]));
        Assert.Throws<ArgumentException>(() => PurchasingPowers.CutPoints([]));
    }
}
