using System.Net;
using System.Text;
using Saas.Server.Features.Identity;
using static Saas.Server.Tests.CustomSegments.CustomSegmentsApi;

namespace Saas.Server.Tests.CustomSegments;

[Collection(ServerCollection.Name)]
public sealed class BadRulesTests(ServerFixture server)
{
    public static TheoryData<string, string, string> BadRules => new()
    {
        { """{"type":"all","rules":[{"type":"compare","field":"regoin","op":"eq","value":"North"}]}""", "rule.rules[0].field", "unknown field 'regoin'" },
        { """{"type":"compare","field":"city","op":"gt","value":"A"}""", "rule.op", "'gt' does not apply to city" },
        { """{"type":"not","rule":{"type":"in","field":"lifecycleStage","values":["Gold"]}}""", "rule.rule.values[0]", "'Gold' is not a lifecycleStage" },
        { """{"type":"any","rules":[{"type":"boughtCategory","category":"tea","withinDays":0}]}""", "rule.rules[0].withinDays", "must be 1 to 3650, not 0" },
        { """{"type":"all","rules":[]}""", "rule.rules", "'all' needs at least one rule" },
        { """{"type":"not","rule":null}""", "rule.rule", "missing" },
        // What does not even read as a rule: no type, a late type, an unknown type, an unknown or missing property.
        { """{"rules":[]}""", "rule.type", "Required as the first property" },
        { """{"type":"all","rules":[{"field":"city","type":"compare","op":"eq","value":"A"}]}""", "rule.rules[0].type", "Required as the first property" },
        { """{"type":"sometimes"}""", "rule.type", "Unknown rule type" },
        { """{"type":"compare","field":"city","op":"eq","value":"A","tenantId":"x"}""", "rule.tenantId", "Unknown property" },
        { """{"type":"compare","field":"city","op":"eq"}""", "rule", "Missing 'value'" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task A_bad_rule_is_a_400_naming_its_path_and_nothing_is_saved(string rule, string path, string message)
    {
        var tenant = await server.CreateTenantAsync("Bad Rule Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        foreach (var (method, route, body) in new[]
        {
            (HttpMethod.Post, $"{Route}/preview", $$"""{"rule":{{rule}}}"""),
            (HttpMethod.Post, Route, $$"""{"name":"Bad","description":null,"rule":{{rule}}}"""),
        })
        {
            using var response = await SendRawAsync(owner, method, route, body);
            var problem = await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
            var messages = problem.GetProperty("errors").GetProperty(path).EnumerateArray().Select(m => m.GetString()!);
            Assert.Contains(messages, m => m.Contains(message, StringComparison.Ordinal));
        }
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM custom_segments WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task A_name_is_required_and_unique_per_tenant_ignoring_case()
    {
        var tenant = await server.CreateTenantAsync("Named Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var rule = Compare("orders", "ge", 1);
        var first = await owner.CreateSegmentAsync("Buyers", rule);

        using var blank = await owner.SendAsync(HttpMethod.Post, Route, new { name = " ", description = (string?)null, rule });
        Assert.Equal(["name"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(blank, HttpStatusCode.BadRequest)));
        using var taken = await owner.SendAsync(HttpMethod.Post, Route, new { name = "BUYERS", description = (string?)null, rule });
        Assert.Equal(["name"], HttpJson.ErrorFields(await HttpJson.ReadProblemAsync(taken, HttpStatusCode.BadRequest)));
        using var renamed = await owner.SendAsync(HttpMethod.Put, $"{Route}/{Id(first)}", new { name = "buyers", description = "Anyone who ordered", rule });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("buyers", (await owner.GetJsonAsync($"{Route}/{Id(first)}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_account_manager_reads_and_previews_but_only_the_owner_writes()
    {
        var tenant = await server.CreateTenantAsync("Read Only Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var segment = await owner.CreateSegmentAsync("Everyone", Compare("orders", "ge", 0));
        using var manager = await MemberTests.JoinAsync(server, owner, TestMail.NewAddress("segment-manager"));

        Assert.Equal(Id(segment), (await manager.GetJsonAsync($"{Route}/{Id(segment)}")).GetProperty("id").GetInt64());
        Assert.Equal(0, (await manager.PreviewAsync(Compare("orders", "ge", 0))).GetProperty("count").GetInt64());
        using var create = await manager.SendAsync(HttpMethod.Post, Route, new { name = "Mine", description = (string?)null, rule = Compare("orders", "ge", 0) });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        using var delete = await manager.SendAsync(HttpMethod.Delete, $"{Route}/{Id(segment)}");
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendRawAsync(BrowserSession session, HttpMethod method, string route, string json)
    {
        var token = await session.FetchAntiforgeryAsync();
        using var request = new HttpRequestMessage(method, route) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(AntiforgeryCheck.HeaderName, token);
        return await session.Http.SendAsync(request);
    }
}
