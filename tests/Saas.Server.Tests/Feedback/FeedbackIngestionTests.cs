using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Saas.Domain.Feedback;
using Saas.Grains.Core;
using Saas.Server.Features.Feedback;

namespace Saas.Server.Tests.Feedback;

[Collection(ServerCollection.Name)]
public sealed class FeedbackIngestionTests(ServerFixture server)
{
    [Fact]
    public async Task Each_kind_of_feedback_is_stored_as_an_event_of_its_customer_that_reads_back_as_the_domain_event()
    {
        var tenant = await server.CreateTenantAsync("Feedback Tea");
        var at = FeedbackApi.Start;

        var answer = await server.SubmitFeedbackAsync(tenant,
            FeedbackApi.Rating("r-1", "c-1", score: 4, nps: 9, product: "TEA-01", at: at),
            FeedbackApi.Complaint("cp-1", "c-1", "delivery", at, product: "TEA-01", region: "north", rep: "rep-1"),
            FeedbackApi.Inquiry("i-1", "c-2", "returns", at),
            FeedbackApi.Contact("ct-1", "c-2", "phone", at, by: "rep-1"));

        Assert.Equal(4, answer.Accepted);
        Assert.Empty(answer.Duplicates);
        StoredFeedback[] expected =
        [
            new("customer", $"{tenant.Id}/c-1", "feedback/complaint/cp-1", new Complaint("cp-1", "c-1", at, "delivery", "TEA-01", "north", "rep-1", null)),
            new("customer", $"{tenant.Id}/c-1", "feedback/rating/r-1", new Rating("r-1", "c-1", at, 4, 9, "TEA-01", null)),
            new("customer", $"{tenant.Id}/c-2", "feedback/contact/ct-1", new Contact("ct-1", "c-2", at, "phone", "rep-1")),
            new("customer", $"{tenant.Id}/c-2", "feedback/inquiry/i-1", new Inquiry("i-1", "c-2", at, "returns", null)),
        ];
        Assert.Equal(expected, await EventsAsync(tenant.Id));
    }

    [Fact]
    public async Task Feedback_sent_again_is_a_duplicate_but_a_complaints_resolution_is_news_once()
    {
        var tenant = await server.CreateTenantAsync("Duplicate Feedback Tea");
        var opened = FeedbackApi.Complaint("cp-1", "c-1", "quality", FeedbackApi.Start);
        var resolved = FeedbackApi.Complaint("cp-1", "c-1", "quality", FeedbackApi.Start, resolvedAt: FeedbackApi.Start.AddHours(2));
        await server.SubmitFeedbackAsync(tenant, FeedbackApi.Rating("f-1", "c-1", score: 5), opened);

        var again = await server.SubmitFeedbackAsync(tenant,
            FeedbackApi.Rating("f-1", "c-1", score: 1), FeedbackApi.Contact("f-1", "c-1", "email"), opened, resolved, resolved);

        Assert.Equal(2, again.Accepted);
        Assert.Equal(["f-1", "cp-1", "cp-1"], again.Duplicates);
        Assert.Equal(
            ["feedback/complaint/cp-1", "feedback/complaint/cp-1/resolved", "feedback/contact/f-1", "feedback/rating/f-1"],
            (await EventsAsync(tenant.Id)).Select(e => e.SourceId));
    }

    [Fact]
    public async Task The_type_may_come_anywhere_in_an_item_and_one_item_needs_no_array()
    {
        var tenant = await server.CreateTenantAsync("Unordered Feedback Tea");
        var rating = FeedbackApi.Rating("r-1", "c-1", score: 3);
        rating.Remove("type");
        rating["type"] = "rating";

        using var response = await server.PostFeedbackAsync(tenant.ApiKey, rating.ToJsonString());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, await server.EventCountAsync(tenant.Id));
    }

    [Fact]
    public async Task Another_tenants_key_neither_sees_nor_touches_a_tenants_feedback_even_with_the_same_ids()
    {
        var a = await server.CreateTenantAsync("Feedback Victim Tea");
        var b = await server.CreateTenantAsync("Feedback Intruder Tea");
        await server.SubmitFeedbackAsync(a, FeedbackApi.Rating("r-1", "c-1", score: 5), FeedbackApi.Complaint("cp-1", "c-1", "delivery"));
        var aEvents = await EventsAsync(a.Id);

        var resolvedByB = FeedbackApi.Complaint("cp-1", "c-1", "delivery", resolvedAt: FeedbackApi.Start.AddHours(1));
        var withTenant = FeedbackApi.Rating("r-1", "c-1", score: 1);
        withTenant["tenantId"] = a.Id;
        using (var refused = await server.PostFeedbackAsync(b.ApiKey, new JsonArray(withTenant).ToJsonString()))
        {
            await HttpJson.ReadProblemAsync(refused, HttpStatusCode.BadRequest);
        }
        var mine = await server.SubmitFeedbackAsync(b, FeedbackApi.Rating("r-1", "c-1", score: 1), resolvedByB);

        Assert.Equal(2, mine.Accepted);
        Assert.Empty(mine.Duplicates);
        Assert.Equal(aEvents, await EventsAsync(a.Id));
        Assert.All(await EventsAsync(b.Id), e => Assert.StartsWith($"{b.Id}/", e.GrainKey));
    }

    private async Task<IReadOnlyList<StoredFeedback>> EventsAsync(string tenantId)
    {
        var json = server.Services.GetRequiredService<GrainJson>().Options;
        await using var cmd = server.Db.CreateCommand(
            "SELECT grain_type, grain_key, source_id, payload::text FROM grain_events WHERE scope = $1 AND kind = $2 ORDER BY grain_key, source_id");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(FeedbackEvents.Received);
        var events = new List<StoredFeedback>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(new StoredFeedback(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                JsonSerializer.Deserialize<FeedbackEvent>(reader.GetString(3), json)!));
        }
        return events;
    }

    private sealed record StoredFeedback(string GrainType, string GrainKey, string SourceId, FeedbackEvent Feedback);
}
