namespace Saas.Domain.Alerts;

/// <param name="Kind">What crossed: <see cref="AlertCodes.RiskCrossed"/> or <see cref="AlertCodes.SegmentEntered"/>.</param>
public sealed record ChurnAlert(string Kind, IReadOnlyList<AlertReason> Reasons)
{
    public string Summary => string.Join("; ", Reasons.Select(r => r.Describe()));
}
