using Microsoft.Extensions.DependencyInjection;
using Saas.Domain.Feedback;
using Saas.Grains.Checkpoints;
using Saas.Grains.Core;
using Saas.Server.Features.Feedback;

namespace Saas.Server.Tests.Feedback;

[Collection(ServerCollection.Name)]
public sealed class FeedbackProjectionTests(ServerFixture server)
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Posted_feedback_reaches_the_rows_of_each_kind_and_the_customers_totals()
    {
        var tenant = await server.CreateTenantAsync("Projected Feedback Tea");
        var at = FeedbackApi.Start;

        await server.SubmitFeedbackAsync(tenant,
            FeedbackApi.Rating("r-1", "c-1", score: 5, nps: 6, product: "TEA-01", at: at),
            FeedbackApi.Rating("r-2", "c-1", score: 2, nps: 9, product: "MUG-01", at: at.AddDays(1)),
            FeedbackApi.Complaint("cp-1", "c-1", "delivery", at, product: "TEA-01", region: "north", rep: "rep-1"),
            FeedbackApi.Complaint("cp-2", "c-1", "quality", at),
            FeedbackApi.Inquiry("i-1", "c-1", "returns", at),
            FeedbackApi.Contact("ct-1", "c-1", "phone", at, by: "rep-1"),
            FeedbackApi.Contact("ct-2", "c-1", "email", at.AddHours(5)));
        await server.SubmitFeedbackAsync(tenant, FeedbackApi.Complaint("cp-1", "c-1", "delivery", at, resolvedAt: at.AddHours(3), rep: "rep-2"));

        var totals = await Eventually.UntilAsync(() => TotalsAsync(tenant.Id, "c-1"), t => t is { OpenComplaints: 1 }, "c-1's feedback totals");
        Assert.Equal(new Totals(2, 7, 9, 2, 1, 1, 2, at.AddHours(5)), totals);
        Assert.Equal("north|rep-2|3", await server.ScalarAsync<string>("""
            SELECT concat_ws('|', region, rep, (extract(epoch FROM resolved_at - opened_at) / 3600)::float8)
            FROM complaints WHERE tenant_id = $1 AND complaint_id = 'cp-1'
            """, tenant.Id));
        Assert.Equal("TEA-01:5,MUG-01:2", await server.ScalarAsync<string>(
            "SELECT string_agg(product || ':' || score, ',' ORDER BY rated_at) FROM ratings WHERE tenant_id = $1", tenant.Id));
        Assert.Equal("phone/rep-1,email/", await server.ScalarAsync<string>(
            "SELECT string_agg(channel || '/' || coalesce(made_by, ''), ',' ORDER BY contacted_at) FROM contacts WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task A_batch_applied_twice_leaves_the_same_rows_and_totals()
    {
        var tenant = await server.CreateTenantAsync("Replayed Feedback Tea");
        FeedbackEvent[] batch =
        [
            new Rating("r-1", "c-1", Day, 4, 8, "TEA-01", null),
            new Complaint("cp-1", "c-1", Day, "delivery", null, null, null, null),
            new Complaint("cp-1", "c-1", Day, "delivery", null, null, "rep-1", Day.AddHours(6)),
            new Inquiry("i-1", "c-1", Day, null, null),
            new Contact("ct-1", "c-1", Day, "email", null),
            new Contact("ct-1", "c-1", Day, "email", null),
        ];

        await ApplyAsync(tenant.Id, batch);
        await ApplyAsync(tenant.Id, batch);

        Assert.Equal(new Totals(1, 4, 8, 1, 0, 1, 1, Day), await TotalsAsync(tenant.Id, "c-1"));
        Assert.Equal(6.0, await server.ScalarAsync<double>(
            "SELECT extract(epoch FROM resolved_at - opened_at) / 3600 FROM complaints WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task The_first_resolution_counts_and_one_reported_before_the_opening_is_taken_as_at_the_opening()
    {
        var tenant = await server.CreateTenantAsync("Resolved Feedback Tea");

        await ApplyAsync(tenant.Id, new Complaint("cp-1", "c-1", Day, "delivery", null, null, null, null));
        await ApplyAsync(tenant.Id,
            new Complaint("cp-1", "c-1", Day.AddHours(-5), "delivery", null, null, null, Day.AddHours(-1)),
            new Complaint("cp-1", "c-1", Day, "delivery", null, null, null, Day.AddHours(8)));

        Assert.Equal(Day, await server.ScalarAsync<DateTime>("SELECT resolved_at FROM complaints WHERE tenant_id = $1", tenant.Id));
    }

    /// <summary>What the checkpoint does with the facts the customer grains recorded for this feedback.</summary>
    private async Task ApplyAsync(string tenantId, params FeedbackEvent[] batch)
    {
        var json = server.Services.GetRequiredService<GrainJson>().Options;
        var facts = batch.Select(f => new PendingFact(tenantId, FeedbackEvents.AppliedFact, new FeedbackApplied(f.CustomerId, f, "north"))).ToArray();
        await using var connection = await server.Db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await new FeedbackProjection().WriteAsync(new CheckpointContext(connection, [], [], facts, json), CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task<Totals?> TotalsAsync(string tenantId, string customerId)
    {
        await using var cmd = server.Db.CreateCommand("""
            SELECT ratings, rating_sum, last_nps, complaints, open_complaints, inquiries, contacts, last_contact_at
            FROM customer_feedback WHERE tenant_id = $1 AND customer_id = $2
            """);
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(customerId);
        await using var reader = await cmd.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return null;
        return new Totals(reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt16(2), reader.GetInt32(3), reader.GetInt32(4),
            reader.GetInt32(5), reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7));
    }

    private sealed record Totals(
        int Ratings, int RatingSum, int? LastNps, int Complaints, int OpenComplaints, int Inquiries, int Contacts, DateTimeOffset? LastContactAt);
}
