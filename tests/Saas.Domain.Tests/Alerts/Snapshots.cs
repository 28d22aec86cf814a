using Saas.Domain.Abc;
using Saas.Domain.Alerts;
using Saas.Domain.Rfm;

namespace Saas.Domain.Tests.Alerts;

internal static class Snapshots
{
    /// <summary>A Champion on its usual three-weekly rhythm, at low risk.</summary>
    public static CustomerSnapshot Champion { get; } = new(
        Segment.Champions, AbcClass.B, TopClvQuintile: false, ChurnRisk: 0.25, ProbabilityAlive: 0.82, Clv: 1_240m, RecencyDays: 30, UsualIntervalDays: 21);

    /// <summary>Nothing valuable about it: a C-class promising customer outside the top CLV quintile.</summary>
    public static CustomerSnapshot Ordinary { get; } = Champion with { Segment = Segment.Promising, Abc = AbcClass.C };

    public static ChurnAlertPolicy Policy { get; } = new();
}
