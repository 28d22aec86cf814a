namespace Saas.Domain.Clv;

/// <summary>The distinct values of one time column, so ln(α + t) is computed once per value rather than once per customer.</summary>
internal sealed class DistinctValues
{
    private readonly double[] values;
    private readonly Dictionary<double, int> indexes;
    private readonly double[] logs;
    private readonly double[] inverses;

    public DistinctValues(IEnumerable<double> source)
    {
        values = [.. source.Distinct()];
        indexes = values.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
        logs = new double[values.Length];
        inverses = new double[values.Length];
    }

    public int Count => values.Length;

    public int IndexOf(double value) => indexes[value];

    public double[] LogOfAlphaPlus(double alpha)
    {
        for (var i = 0; i < values.Length; i++) logs[i] = Math.Log(alpha + values[i]);
        return logs;
    }

    public double[] InverseOfAlphaPlus(double alpha)
    {
        for (var i = 0; i < values.Length; i++) inverses[i] = 1 / (alpha + values[i]);
        return inverses;
    }
}
