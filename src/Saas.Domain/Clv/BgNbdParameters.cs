namespace Saas.Domain.Clv;

/// <summary>BG/NBD: purchase rates are Gamma(shape r, rate alpha), dropout probabilities Beta(a, b).</summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B);

public sealed record BgNbdFit(BgNbdParameters Parameters, double LogLikelihood, int SampleSize, int Iterations);
