using Npgsql;
using Saas.Domain.Alerts;
using Saas.Domain.Analysis;
using Saas.Domain.Rfm;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Customers;

/// <summary>
/// Publishes the customer grains' analyses in their checkpoint transaction: the customers read model and their
/// categories, and, by comparing with what was published before, the segment moves and churn alerts.
/// </summary>
public sealed class CustomerProjection(TenantModelCache models, GrainJson json) : ICheckpointParticipant
{
    private static readonly UnnestColumn<CustomerRow>[] Columns = [.. CustomerRow.Key, .. CustomerRow.GrainColumns];

    private static readonly string UpsertSql = $"""
        INSERT INTO customers AS c ({string.Join(", ", Columns.Select(c => c.Name))})
        SELECT {string.Join(", ", Columns.Select(c => c.Select))} FROM {UnnestColumn<CustomerRow>.Unnest(Columns)}
        ON CONFLICT (tenant_id, customer_id) DO UPDATE SET
            ({string.Join(", ", CustomerRow.GrainColumns.Select(c => c.Name))}) = ({string.Join(", ", CustomerRow.GrainColumns.Select(c => "excluded." + c.Name))})
        """;

    public async Task WriteAsync(CheckpointContext context, CancellationToken cancellationToken)
    {
        var customers = context.StatesOf<CustomerState>(CustomerGrain.TypeName)
            .OrderBy(c => c.Grain.Key, StringComparer.Ordinal).ToArray();
        if (customers.Length == 0) return;
        await TenantLocks.HoldAsync(context.Connection, [.. customers.Select(c => c.Grain.Scope)], cancellationToken);
        var published = await ReadPublishedAsync(context.Connection, customers, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var rows = new List<CustomerRow>(customers.Length);
        var transitions = new List<CustomerTransition>();
        foreach (var (grain, state) in customers)
        {
            var before = published.GetValueOrDefault(grain.Key);
            var model = await models.GetAsync(grain.Scope);
            var transition = TransitionOf(grain, state, before, model);
            if (transition.Moved || transition.Alert is not null) transitions.Add(transition);
            rows.Add(CustomerRow.Of(grain, state, transition.Moved ? state.Analysis.At : before?.SegmentSince ?? state.Analysis.At, now));
        }
        await UpsertAsync(context.Connection, rows, cancellationToken);
        await CustomerCategories.WriteAsync(context.Connection, customers, cancellationToken);
        await CustomerChanges.WriteAsync(context.Connection, transitions, json.Options, context.Emit, cancellationToken);
    }

    private static CustomerTransition TransitionOf(GrainId grain, CustomerState state, PublishedCustomer? before, TenantModel model)
    {
        var analysis = state.Analysis;
        var from = before?.Segment ?? Segment.Prospect;
        var alert = before is null ? null : ChurnAlerts.Detect(Snapshot(before, model), Snapshot(state, model), new ChurnAlertPolicy(model.Settings.ChurnRiskThreshold));
        return new CustomerTransition(grain.Scope, CustomerEvents.CustomerIdOf(grain.Key), state.Basics?.Name, before?.AccountManagerId,
            from, analysis.Segment, alert, analysis.At, state.AnalyzedBecause);
    }

    private static CustomerSnapshot Snapshot(PublishedCustomer published, TenantModel model) => new(
        published.Segment,
        Enum.TryParse<Domain.Abc.AbcClass>(published.AbcClass, out var abc) ? abc : Domain.Abc.AbcClass.C,
        published.Clv is { } clv && model.TopClvQuintileFrom is { } top && (double)clv >= top,
        published.ChurnRisk ?? 0,
        published.ProbabilityAlive,
        published.Clv ?? 0m,
        0,
        null);

    private static CustomerSnapshot Snapshot(CustomerState state, TenantModel model)
    {
        var a = state.Analysis;
        return new CustomerSnapshot(a.Segment, a.Abc ?? Domain.Abc.AbcClass.C, a.TopClvQuintile, a.ChurnRisk, a.ProbabilityAlive,
            a.Clv is { } clv ? Math.Round((decimal)clv, 2) : 0m, a.Values?.RecencyDays ?? 0, a.Rhythm?.MeanIntervalDays ?? model.TypicalIntervalDays);
    }

    /// <summary>Locks the batch's published rows in key order, as every writer of customers does, so writers cannot deadlock.</summary>
    private static async Task<Dictionary<string, PublishedCustomer>> ReadPublishedAsync(
        NpgsqlConnection connection, IReadOnlyList<(GrainId Grain, CustomerState State)> customers, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT c.tenant_id, c.customer_id, c.segment, c.segment_since, c.abc_class, c.churn_risk, c.probability_alive, c.clv, c.account_manager_id
            FROM (SELECT t, k FROM unnest($1::text[], $2::text[]) AS u(t, k) ORDER BY t COLLATE "C", k COLLATE "C") u
            -- One index lookup per customer, locked in key order (a join would hash the tenant's whole table).
            CROSS JOIN LATERAL (
                SELECT * FROM customers c WHERE c.tenant_id = u.t AND c.customer_id = u.k FOR UPDATE) c
            """, connection);
        cmd.Parameters.AddWithValue(customers.Select(c => c.Grain.Scope).ToArray());
        cmd.Parameters.AddWithValue(customers.Select(c => CustomerEvents.CustomerIdOf(c.Grain.Key)).ToArray());
        var published = new Dictionary<string, PublishedCustomer>(customers.Count);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            published[CustomerEvents.CustomerKey(reader.GetString(0), reader.GetString(1))] = new PublishedCustomer(
                Enum.Parse<Segment>(reader.GetString(2)),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetStringOrNull(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                reader.GetStringOrNull(8));
        }
        return published;
    }

    private static async Task UpsertAsync(NpgsqlConnection connection, IReadOnlyList<CustomerRow> rows, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(UpsertSql, connection);
        foreach (var column in Columns) cmd.Parameters.Add(column.ArrayOf(rows));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
