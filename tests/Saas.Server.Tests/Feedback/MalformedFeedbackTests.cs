using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests.Feedback;

[Collection(ServerCollection.Name)]
public sealed class MalformedFeedbackTests(ServerFixture server)
{
    private const string At = "\"occurredAt\":\"2026-01-05T10:00:00Z\"";

    [Theory]
    [InlineData($$"""{"type":"survey","id":"f-1","customerId":"c-1",{{At}}}""", "type")]
    [InlineData($$"""{"id":"f-1","customerId":"c-1",{{At}},"score":4}""", "type")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}},"score":7}""", "score")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}},"nps":11}""", "nps")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}}}""", "score")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}},"score":"five"}""", "score")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}},"stars":5}""", "stars")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":"c-1",{{At}},"score":4,"category":"delivery"}""", "category")]
    [InlineData($$"""{"type":"rating","id":"f-1",{{At}},"score":4}""", "customerId")]
    [InlineData($$"""{"type":"rating","id":"f-1","customerId":" ",{{At}},"score":4}""", "customerId")]
    [InlineData("""{"type":"rating","id":"f-1","customerId":"c-1","score":4}""", "occurredAt")]
    [InlineData($$"""{"type":"complaint","id":"f-1","customerId":"c-1",{{At}}}""", "category")]
    [InlineData($$"""{"type":"complaint","id":"f-1","customerId":"c-1",{{At}},"category":"delivery","resolvedAt":"2026-01-04T10:00:00Z"}""", "resolvedAt")]
    [InlineData($$"""{"type":"contact","id":"f-1","customerId":"c-1",{{At}}}""", "channel")]
    [InlineData($$"""{"type":"contact","id":"f-1","customerId":"c-1",{{At}},"channel":"phone","by":""}""", "by")]
    [InlineData("{not json", "body")]
    [InlineData("[]", "body")]
    public async Task Malformed_feedback_is_a_400_problem_naming_the_field_and_stores_nothing(string body, string field) =>
        await AssertRejectedAsync(body, field);

    [Fact]
    public async Task A_batch_is_rejected_whole_naming_each_bad_item_by_its_place()
    {
        var noCustomer = FeedbackApi.Rating("f-2", "c-2", score: 4);
        noCustomer.Remove("customerId");
        var body = new JsonArray(FeedbackApi.Rating("f-1", "c-1", score: 5), noCustomer, FeedbackApi.Rating("f-3", "c-3", score: 7)).ToJsonString();

        var fields = await AssertRejectedAsync(body, "[1].customerId");

        Assert.Equal(["[1].customerId", "[2].score"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_item_of_a_batch_without_a_known_type_is_named()
    {
        var unknownType = FeedbackApi.Contact("f-2", "c-2", "phone");
        unknownType["type"] = "visit";
        var noType = FeedbackApi.Inquiry("f-3", "c-3");
        noType.Remove("type");
        var body = new JsonArray(FeedbackApi.Rating("f-1", "c-1", score: 5), unknownType, noType).ToJsonString();

        var fields = await AssertRejectedAsync(body, "[1].type");

        Assert.Equal(["[1].type", "[2].type"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_batch_of_10001_items_is_a_400_problem_about_the_body_and_stores_nothing()
    {
        var body = new StringBuilder("[");
        for (var i = 0; i < 10_001; i++) body.Append(i > 0 ? "," : "").Append(FeedbackApi.Contact($"f-{i}", $"c-{i % 100}", "email").ToJsonString());

        await AssertRejectedAsync(body.Append(']').ToString(), "body");
    }

    [Fact]
    public async Task Without_an_api_key_feedback_is_refused_with_a_401_problem()
    {
        using var response = await server.PostFeedbackAsync(apiKey: null, FeedbackApi.Rating("f-1", "c-1", score: 4).ToJsonString());

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_suspended_tenants_feedback_is_refused_with_a_403_problem_and_not_stored()
    {
        var tenant = await server.CreateTenantAsync("Suspended Feedback Tea");
        using var admin = await BrowserSession.SignInAsAdminAsync(server);
        using (var suspend = await admin.SendAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/suspend"))
        {
            Assert.Equal(HttpStatusCode.NoContent, suspend.StatusCode);
        }

        using var refused = await server.PostFeedbackAsync(tenant.ApiKey, FeedbackApi.Rating("f-1", "c-1", score: 4).ToJsonString());

        var problem = await HttpJson.ReadProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("suspended", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
    }

    private async Task<IReadOnlyList<string>> AssertRejectedAsync(string body, string expectedField)
    {
        var tenant = await server.CreateTenantAsync("Malformed Feedback Tea");

        using var response = await server.PostFeedbackAsync(tenant.ApiKey, body);

        var problem = await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = HttpJson.ErrorFields(problem);
        Assert.Contains(expectedField, fields);
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
        return fields;
    }
}
