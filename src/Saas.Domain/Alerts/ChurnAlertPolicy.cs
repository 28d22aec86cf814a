namespace Saas.Domain.Alerts;

/// <summary>A valuable customer whose churn risk rises to <see cref="RiskThreshold"/> or above raises an alert.</summary>
public sealed record ChurnAlertPolicy(double RiskThreshold = 0.6)
{
    /// <returns>One message per broken rule; empty when the policy can be used.</returns>
    public static IReadOnlyList<string> Validate(double riskThreshold) =>
        riskThreshold is > 0 and < 1 ? [] : ["The churn risk threshold must be between 0 and 1, exclusive."];
}
