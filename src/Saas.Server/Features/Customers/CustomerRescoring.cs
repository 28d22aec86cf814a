using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Saas.Domain.Alerts;
using Saas.Domain.Analysis;
using Saas.Domain.Behaviour;
using Saas.Domain.Churn;
using Saas.Domain.Clv;
using Saas.Domain.Customers;
using Saas.Domain.Rfm;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Grains.Hosting;
using Saas.Grains.Reminders;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Re-scores every customer of a tenant when its model moves, set-based, in one transaction: when only cut points
/// moved, PostgreSQL scores the rows itself (<see cref="CutPointRescoring"/>); when the fits or what predictions
/// depend on moved, the rows are read (binary COPY), scored in memory with the new predictions, and the changed
/// ones written back. Then the changed rows' moves, alerts and earlier reviews are recorded. Each grain adopts the
/// new model on its next turn; the projection compares with these rows, so nothing is announced twice.
/// </summary>
public sealed partial class CustomerRescoring(NpgsqlDataSource db, GrainRuntime runtime, GrainJson json, ILogger<CustomerRescoring> logger)
{
    /// <param name="Rescoring">Scoring every row and writing the changed ones.</param>
    /// <param name="Recording">Recording the changed rows' moves, alerts and reminders, and committing.</param>
    public sealed record Outcome(int Customers, int Changed, int Moved, int Alerts, TimeSpan Rescoring, TimeSpan Recording)
    {
        public TimeSpan Took => Rescoring + Recording;
    }

    public async Task<Outcome> RescoreAsync(string tenantId, TenantModel model, bool predictionsChanged, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (customers, changed) = predictionsChanged
            ? await RescoreInMemoryAsync(connection, tenantId, model, now, ct)
            : await CutPointRescoring.UpdateAsync(connection, tenantId, model, now, ct);
        var rescoring = clock.Elapsed;
        var transitions = changed.Select(c => TransitionOf(tenantId, c.Row, c.After, model, now))
            .Where(t => t.Moved || t.Alert is not null).ToArray();
        var messages = new List<PendingMessage>();
        await CustomerChanges.WriteAsync(connection, transitions, json.Options,
            (scope, kind, payload) => { if (kind != CustomerEvents.SegmentChanged) messages.Add(new PendingMessage(scope, kind, JsonSerializer.Serialize(payload, json.Options))); },
            ct);
        await OutboxRows.WriteAsync(connection, messages, ct);
        await ReminderRows.WriteAsync(connection, EarlierReviews(tenantId, changed, model), ct);
        await transaction.CommitAsync(ct);
        var outcome = new Outcome(customers, changed.Count, transitions.Count(t => t.Moved), transitions.Count(t => t.Alert is not null),
            rescoring, clock.Elapsed - rescoring);
        LogRescored(logger, tenantId, model.Version, outcome.Customers, outcome.Changed, outcome.Moved, outcome.Alerts,
            outcome.Rescoring.TotalMilliseconds, outcome.Recording.TotalMilliseconds);
        return outcome;
    }

    private static async Task<(int Customers, List<(PublishedRow Row, RescoredColumns After)> Changed)> RescoreInMemoryAsync(
        NpgsqlConnection connection, string tenantId, TenantModel model, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await RescoredRowReader.ReadAsync(connection, tenantId, ct);
        var rescored = new (PublishedRow Row, RescoredColumns After)[rows.Count];
        Parallel.For(0, rows.Count, i => rescored[i] = (rows[i], Rescore(rows[i], model, now)));
        var changed = rescored.Where(r => r.After != r.Row.Columns).ToArray();
        var written = await RescoredRowReader.WriteAsync(connection, tenantId, model.Version, changed, ct);
        return (rows.Count, [.. changed.Where(c => written.Contains(c.Row.CustomerId))]);
    }

    private static RescoredColumns Rescore(PublishedRow row, TenantModel model, DateTimeOffset now)
    {
        var recencyDays = Math.Max(0, (now - row.LastOrderAt).TotalDays);
        var score = model.Thresholds.Score(new RfmValues(recencyDays, row.Orders, row.Revenue));
        var segment = model.Settings.Rfm.SegmentOf(score);
        var before = row.Columns;
        var after = before with
        {
            R = (short)score.R, F = (short)score.F, M = (short)score.M,
            Segment = segment.ToString(),
            SegmentSince = segment.ToString() == before.Segment ? before.SegmentSince : now,
            AbcClass = model.Abc?.ClassOf(row.Revenue).ToString(),
            PurchasingPower = PurchasingPowers.Of(row.Revenue / row.Orders, model.AverageOrderValueCutPoints).ToString(),
        };
        var prediction = Predict(row, model, now);
        var rhythm = new Rhythm(row.PurchaseDays, row.MeanIntervalDays, row.IntervalStdDays);
        return after with
        {
            ProbabilityAlive = prediction?.ProbabilityAlive,
            ExpectedPurchases30 = prediction?.ExpectedPurchases30,
            ExpectedPurchases90 = prediction?.ExpectedPurchases90,
            ExpectedPurchases365 = prediction?.ExpectedPurchases365,
            ExpectedSpend = CustomerRow.Money(prediction?.ExpectedSpend),
            Clv = CustomerRow.Money(prediction?.Clv),
            ChurnRisk = ChurnRisk.Of(prediction?.ProbabilityAlive, recencyDays, rhythm, model.TypicalIntervalDays),
        };
    }

    private static ValuePrediction? Predict(PublishedRow row, TenantModel model, DateTimeOffset now)
    {
        var period = PurchaseSummaries.PeriodDays(model.Settings.FitPeriod);
        var firstDay = DateOnly.FromDateTime(row.FirstOrderAt.UtcDateTime);
        var x = row.PurchaseDays - 1;
        var repeat = new RepeatSummary(x,
            (DateOnly.FromDateTime(row.LastOrderAt.UtcDateTime).DayNumber - firstDay.DayNumber) / period,
            (DateOnly.FromDateTime(now.UtcDateTime).DayNumber - firstDay.DayNumber) / period);
        var spend = new SpendSummary(x, x > 0 ? (double)((row.Revenue - row.FirstDaySpend) / x) : 0);
        return ValuePrediction.Of(repeat, spend, (double)(row.Revenue / row.Orders), model);
    }

    private static CustomerTransition TransitionOf(string tenantId, PublishedRow row, RescoredColumns after, TenantModel model, DateTimeOffset now)
    {
        var before = row.Columns;
        var recency = (now - row.LastOrderAt).TotalDays;
        var alert = ChurnAlerts.Detect(Snapshot(before, model, recency, row), Snapshot(after, model, recency, row),
            new ChurnAlertPolicy(model.Settings.ChurnRiskThreshold));
        return new CustomerTransition(tenantId, row.CustomerId, row.Name, row.AccountManagerId,
            Enum.Parse<Segment>(before.Segment), Enum.Parse<Segment>(after.Segment), alert, now, SegmentMoveCause.Rescore);
    }

    private static CustomerSnapshot Snapshot(RescoredColumns c, TenantModel model, double recencyDays, PublishedRow row) => new(
        Enum.Parse<Segment>(c.Segment),
        Enum.TryParse<Domain.Abc.AbcClass>(c.AbcClass, out var abc) ? abc : Domain.Abc.AbcClass.C,
        c.Clv is { } clv && model.TopClvQuintileFrom is { } top && (double)clv >= top,
        c.ChurnRisk,
        c.ProbabilityAlive,
        c.Clv ?? 0m,
        recencyDays,
        row.MeanIntervalDays ?? model.TypicalIntervalDays);

    /// <summary>New recency cut points can make a customer due before its reminder: bring those reminders forward.</summary>
    private IReadOnlyList<ReminderChange> EarlierReviews(string tenantId, IEnumerable<(PublishedRow Row, RescoredColumns After)> changed, TenantModel model) =>
        changed.Select(c => (c.Row, Due: ReviewSchedule.NextRecencyBoundary(model.Thresholds.RecencyDays, c.Row.LastOrderAt, DateTimeOffset.UtcNow)))
            .Where(c => c.Due is { } due && (c.Row.NextReviewAt is null || due < c.Row.NextReviewAt))
            .Select(c =>
            {
                var grain = new GrainId(CustomerGrain.TypeName, CustomerEvents.CustomerKey(tenantId, c.Row.CustomerId));
                return new ReminderChange(grain, runtime.Partitions.PartitionOf(grain), CustomerGrain.ReviewReminder, c.Due);
            })
            .ToArray();


    [LoggerMessage(Level = LogLevel.Information,
        Message = "Re-scored tenant {TenantId} with model {Version}: {Customers} customers, {Changed} changed, {Moved} moved segment, {Alerts} alerts; rescoring {RescoringMs} ms, recording {RecordingMs} ms")]
    private static partial void LogRescored(
        ILogger logger, string tenantId, int version, int customers, int changed, int moved, int alerts, double rescoringMs, double recordingMs);
}
