using MathNet.Numerics;

namespace Saas.Domain.Clv;

/// <summary>
/// The BG/NBD log-likelihood of a whole sample and its analytic gradient, arranged so one evaluation costs one exp and
/// one log per distinct (x, t_x, T) of the repeat buyers: customers are grouped with counts, the Γ and ψ terms are
/// evaluated once per distinct x, and ln(α+T), ln(α+t_x) once per distinct T and t_x.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private readonly int customerCount;
    private readonly DistinctValues ages;
    private readonly DistinctValues lastPurchaseTimes;
    private readonly int[] repeatCounts;
    private readonly int[] customersPerRepeatCount;
    private readonly double[] weightPerAge;
    private readonly double[] weightedRepeatsPerAge;
    private readonly RepeatBuyerGroup[] repeatBuyers;
    private readonly double[] logBPlusXMinusOne;

    public BgNbdLikelihood(IReadOnlyList<RepeatSummary> customers)
    {
        customerCount = customers.Count;
        var counts = new Dictionary<RepeatSummary, int>();
        foreach (var c in customers) counts[c] = counts.GetValueOrDefault(c) + 1;

        ages = new DistinctValues(counts.Keys.Select(c => c.T));
        lastPurchaseTimes = new DistinctValues(counts.Keys.Where(c => c.X > 0).Select(c => c.Tx));
        repeatCounts = [.. counts.Keys.Select(c => c.X).Distinct().Order()];
        var repeatCountIndex = repeatCounts.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i);

        customersPerRepeatCount = new int[repeatCounts.Length];
        weightPerAge = new double[ages.Count];
        weightedRepeatsPerAge = new double[ages.Count];
        var groups = new List<RepeatBuyerGroup>();
        foreach (var (c, count) in counts)
        {
            customersPerRepeatCount[repeatCountIndex[c.X]] += count;
            var age = ages.IndexOf(c.T);
            weightPerAge[age] += count;
            weightedRepeatsPerAge[age] += (double)count * c.X;
            if (c.X > 0) groups.Add(new RepeatBuyerGroup(c.X, repeatCountIndex[c.X], age, lastPurchaseTimes.IndexOf(c.Tx), count));
        }
        repeatBuyers = [.. groups];
        logBPlusXMinusOne = new double[repeatCounts.Length];
    }

    public double LogLikelihood(BgNbdParameters p) =>
        -customerCount * MeanNegativeLogLikelihood([p.R, p.Alpha, p.A, p.B], new double[4]);

    /// <summary>Terms as in <see cref="BgNbd.LogLikelihood(BgNbdParameters, RepeatSummary)"/>; gradient with respect to (r, α, a, b).</summary>
    public double MeanNegativeLogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        double value = 0, dR = 0, dAlpha = 0, dA = 0, dB = 0;

        var logGammaR = SpecialFunctions.GammaLn(r);
        var logGammaB = SpecialFunctions.GammaLn(b);
        var logGammaAB = SpecialFunctions.GammaLn(a + b);
        var psiR = SpecialFunctions.DiGamma(r);
        var psiB = SpecialFunctions.DiGamma(b);
        var psiAB = SpecialFunctions.DiGamma(a + b);
        for (var i = 0; i < repeatCounts.Length; i++)
        {
            var x = repeatCounts[i];
            double n = customersPerRepeatCount[i];
            if (x == 0) continue;
            var psiABX = SpecialFunctions.DiGamma(a + b + x);
            value += n * (SpecialFunctions.GammaLn(r + x) - logGammaR + SpecialFunctions.GammaLn(b + x) - logGammaB
                          + logGammaAB - SpecialFunctions.GammaLn(a + b + x));
            dR += n * (SpecialFunctions.DiGamma(r + x) - psiR);
            dA += n * (psiAB - psiABX);
            dB += n * (SpecialFunctions.DiGamma(b + x) - psiB + psiAB - psiABX);
            logBPlusXMinusOne[i] = Math.Log(b + x - 1);
        }

        var logAlpha = Math.Log(alpha);
        value += customerCount * r * logAlpha;
        dR += customerCount * logAlpha;
        dAlpha += customerCount * r / alpha;

        var logAlphaPlusAge = ages.LogOfAlphaPlus(alpha);
        var inverseAlphaPlusAge = ages.InverseOfAlphaPlus(alpha);
        for (var k = 0; k < logAlphaPlusAge.Length; k++)
        {
            var exponentWeight = r * weightPerAge[k] + weightedRepeatsPerAge[k];
            value -= exponentWeight * logAlphaPlusAge[k];
            dR -= weightPerAge[k] * logAlphaPlusAge[k];
            dAlpha -= exponentWeight * inverseAlphaPlusAge[k];
        }

        var logAlphaPlusTx = lastPurchaseTimes.LogOfAlphaPlus(alpha);
        var inverseAlphaPlusTx = lastPurchaseTimes.InverseOfAlphaPlus(alpha);
        var logA = Math.Log(a);
        foreach (var g in repeatBuyers)
        {
            var logRatio = logAlphaPlusAge[g.Age] - logAlphaPlusTx[g.LastPurchase];
            var z = logA - logBPlusXMinusOne[g.RepeatCountIndex] + (r + g.X) * logRatio;
            var weightedDeath = g.Count * StableMath.Sigmoid(z);
            value += g.Count * StableMath.Softplus(z);
            dR += weightedDeath * logRatio;
            dAlpha += weightedDeath * (r + g.X) * (inverseAlphaPlusAge[g.Age] - inverseAlphaPlusTx[g.LastPurchase]);
            dA += weightedDeath / a;
            dB -= weightedDeath / (b + g.X - 1);
        }

        gradient[0] = -dR / customerCount;
        gradient[1] = -dAlpha / customerCount;
        gradient[2] = -dA / customerCount;
        gradient[3] = -dB / customerCount;
        return -value / customerCount;
    }

    private readonly record struct RepeatBuyerGroup(int X, int RepeatCountIndex, int Age, int LastPurchase, int Count);
}
