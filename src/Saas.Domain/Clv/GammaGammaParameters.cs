namespace Saas.Domain.Clv;

/// <summary>Gamma-Gamma: spend per purchase is Gamma(p, nu), nu is Gamma(q, v) across customers.</summary>
public sealed record GammaGammaParameters(double P, double Q, double V);

public sealed record GammaGammaFit(GammaGammaParameters Parameters, double LogLikelihood, int SampleSize, int Iterations);
