using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Saas.Domain.Clv;

/// <summary>Maximum likelihood for models whose parameters are all positive.</summary>
internal static class LogParameterMinimizer
{
    /// <summary>A mean negative log-likelihood that writes its gradient with respect to the parameters into the second argument.</summary>
    public delegate double Objective(ReadOnlySpan<double> parameters, Span<double> gradient);

    /// <summary>
    /// BFGS from all parameters 1, on their logarithms: positivity needs no bounds, and a parameter below 1 (such as
    /// BG/NBD's a) is as reachable as one above. The objective's gradient is turned into the log-scale one by the chain rule.
    /// </summary>
    /// <exception cref="InvalidOperationException">The optimiser gave up, as on a sample whose likelihood has no finite maximum.</exception>
    public static (double[] Parameters, int Iterations) Minimize(Objective objective, int dimension)
    {
        var parameters = new double[dimension];
        var gradient = new double[dimension];
        var function = ObjectiveFunction.Gradient(logParameters =>
        {
            for (var i = 0; i < dimension; i++) parameters[i] = Math.Exp(logParameters[i]);
            var value = objective(parameters, gradient);
            var logGradient = Vector<double>.Build.Dense(dimension, i => gradient[i] * parameters[i]);
            return (value, logGradient);
        });
        var minimizer = new BfgsMinimizer(gradientTolerance: 1e-9, parameterTolerance: 1e-10, functionProgressTolerance: 1e-13, maximumIterations: 500);
        try
        {
            var result = minimizer.FindMinimum(function, Vector<double>.Build.Dense(dimension));
            return ([.. result.MinimizingPoint.Select(Math.Exp)], result.Iterations);
        }
        catch (OptimizationException e)
        {
            throw new InvalidOperationException($"The maximum likelihood fit did not converge ({e.Message}); the sample may be too small or too uniform for the model.", e);
        }
    }
}
