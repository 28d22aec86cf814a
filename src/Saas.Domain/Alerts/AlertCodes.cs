namespace Saas.Domain.Alerts;

/// <summary>The codes of <see cref="AlertReason"/>; a <see cref="ChurnAlert.Kind"/> is the code of what crossed.</summary>
public static class AlertCodes
{
    public const string RiskCrossed = "risk-crossed";
    public const string SegmentEntered = "segment-entered";
    public const string NoOrder = "no-order";
    public const string ProbabilityAliveFell = "p-alive-fell";
    public const string Clv = "clv";
}

/// <summary>The keys of <see cref="AlertReason.Values"/>.</summary>
public static class AlertValues
{
    public const string Risk = "risk";
    public const string Threshold = "threshold";
    public const string Days = "days";
    public const string UsualIntervalDays = "usualIntervalDays";
    public const string Before = "before";
    public const string After = "after";
    public const string Clv = "clv";
}
