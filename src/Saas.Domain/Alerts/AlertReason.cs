using System.Globalization;
using Saas.Domain.Rfm;

namespace Saas.Domain.Alerts;

/// <summary>
/// One reason of an alert: a code (<see cref="AlertCodes"/>) with its numbers (<see cref="AlertValues"/>), so a
/// client can word it in its own language; a segment change carries the segments in <see cref="From"/> and
/// <see cref="To"/>. <see cref="Describe"/> gives the English text.
/// </summary>
public sealed record AlertReason(string Code, IReadOnlyDictionary<string, double> Values, Segment? From = null, Segment? To = null)
{
    public static AlertReason RiskCrossed(double risk, double threshold) =>
        new(AlertCodes.RiskCrossed, new Dictionary<string, double> { [AlertValues.Risk] = risk, [AlertValues.Threshold] = threshold });

    public static AlertReason SegmentEntered(Segment from, Segment to) =>
        new(AlertCodes.SegmentEntered, new Dictionary<string, double>(), from, to);

    public static AlertReason NoOrder(double recencyDays, double? usualIntervalDays)
    {
        var values = new Dictionary<string, double> { [AlertValues.Days] = recencyDays };
        if (usualIntervalDays is { } usual) values[AlertValues.UsualIntervalDays] = usual;
        return new(AlertCodes.NoOrder, values);
    }

    public static AlertReason ProbabilityAliveFell(double before, double after) =>
        new(AlertCodes.ProbabilityAliveFell, new Dictionary<string, double> { [AlertValues.Before] = before, [AlertValues.After] = after });

    public static AlertReason Clv(decimal clv) =>
        new(AlertCodes.Clv, new Dictionary<string, double> { [AlertValues.Clv] = (double)clv });

    /// <summary>English, invariant culture: "no order for 94 days, usual interval 21 days", "CLV 1,240".</summary>
    public string Describe() => Code switch
    {
        AlertCodes.RiskCrossed => Text($"churn risk {Values[AlertValues.Risk]:0.00} above the line {Values[AlertValues.Threshold]:0.00}"),
        AlertCodes.SegmentEntered => $"moved from {NameOf(From)} to {NameOf(To)}",
        AlertCodes.NoOrder => Values.TryGetValue(AlertValues.UsualIntervalDays, out var usual)
            ? $"no order for {Days(Math.Floor(Values[AlertValues.Days]))}, usual interval {Days(Math.Round(usual, MidpointRounding.AwayFromZero))}"
            : $"no order for {Days(Math.Floor(Values[AlertValues.Days]))}",
        AlertCodes.ProbabilityAliveFell => Text($"P(alive) {Values[AlertValues.Before]:0.00} -> {Values[AlertValues.After]:0.00}"),
        AlertCodes.Clv => Text($"CLV {Values[AlertValues.Clv]:N0}"),
        _ => Code,
    };

    private static string Days(double days) => Text($"{days:N0} {(days == 1 ? "day" : "days")}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string NameOf(Segment? segment) => segment switch
    {
        Segment.PotentialLoyalist => "Potential Loyalist",
        Segment.NeedAttention => "Need Attention",
        Segment.AboutToSleep => "About to Sleep",
        Segment.AtRisk => "At Risk",
        Segment.CannotLoseThem => "Cannot Lose Them",
        { } named => named.ToString(),
        null => "no segment",
    };
}
