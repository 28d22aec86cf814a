using MathNet.Numerics;

namespace Saas.Domain.Clv;

/// <summary>
/// FH eq. 4 summed over the sample with its analytic gradient: per customer
/// ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln v + (px-1) ln zbar + px ln x - (px+q) ln(v + x·zbar).
/// The Γ and ψ terms are evaluated once per distinct x.
/// </summary>
internal sealed class GammaGammaLikelihood
{
    private readonly SpendRow[] rows;
    private readonly double sumOfLogMeanSpend;
    private readonly int[] repeatCounts;
    private readonly int[] customersPerRepeatCount;
    private readonly double[] logGammaPX;
    private readonly double[] logGammaPXQ;
    private readonly double[] psiPX;
    private readonly double[] psiPXQ;

    public GammaGammaLikelihood(IReadOnlyList<SpendSummary> customers)
    {
        var usable = customers.Where(c => c.X > 0 && c.MeanSpend > 0).ToArray();
        repeatCounts = [.. usable.Select(c => c.X).Distinct().Order()];
        var repeatCountIndex = repeatCounts.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);
        customersPerRepeatCount = new int[repeatCounts.Length];
        foreach (var c in usable) customersPerRepeatCount[repeatCountIndex[c.X]]++;
        rows = [.. usable.Select(c => new SpendRow(c.X, repeatCountIndex[c.X], c.X * c.MeanSpend, Math.Log(c.X * c.MeanSpend)))];
        sumOfLogMeanSpend = usable.Sum(c => Math.Log(c.MeanSpend));
        logGammaPX = new double[repeatCounts.Length];
        logGammaPXQ = new double[repeatCounts.Length];
        psiPX = new double[repeatCounts.Length];
        psiPXQ = new double[repeatCounts.Length];
    }

    public int SampleSize => rows.Length;

    public double LogLikelihood(GammaGammaParameters p) =>
        -SampleSize * MeanNegativeLogLikelihood([p.P, p.Q, p.V], new double[3]);

    /// <summary>Gradient with respect to (p, q, v); (px-1) ln zbar + px ln x is px ln(x·zbar) - ln zbar.</summary>
    public double MeanNegativeLogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double p = parameters[0], q = parameters[1], v = parameters[2];
        for (var i = 0; i < repeatCounts.Length; i++)
        {
            var px = p * repeatCounts[i];
            logGammaPX[i] = SpecialFunctions.GammaLn(px);
            logGammaPXQ[i] = SpecialFunctions.GammaLn(px + q);
            psiPX[i] = SpecialFunctions.DiGamma(px);
            psiPXQ[i] = SpecialFunctions.DiGamma(px + q);
        }

        double n = rows.Length, logV = Math.Log(v), psiQ = SpecialFunctions.DiGamma(q);
        double value = n * (q * logV - SpecialFunctions.GammaLn(q)) - sumOfLogMeanSpend, dP = 0, dQ = n * (logV - psiQ), dV = n * q / v;
        foreach (var row in rows)
        {
            var i = row.RepeatCountIndex;
            var px = p * row.X;
            var logTotal = Math.Log(v + row.TotalSpend);
            value += logGammaPXQ[i] - logGammaPX[i] + px * row.LogTotalSpend - (px + q) * logTotal;
            dP += row.X * (psiPXQ[i] - psiPX[i] + row.LogTotalSpend - logTotal);
            dQ += psiPXQ[i] - logTotal;
            dV -= (px + q) / (v + row.TotalSpend);
        }

        gradient[0] = -dP / n;
        gradient[1] = -dQ / n;
        gradient[2] = -dV / n;
        return -value / n;
    }

    private readonly record struct SpendRow(int X, int RepeatCountIndex, double TotalSpend, double LogTotalSpend);
}
