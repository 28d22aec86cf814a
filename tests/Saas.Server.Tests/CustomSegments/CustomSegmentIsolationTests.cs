using System.Net;
using static Saas.Server.Tests.CustomSegments.CustomSegmentsApi;

namespace Saas.Server.Tests.CustomSegments;

[Collection(ServerCollection.Name)]
public sealed class CustomSegmentIsolationTests(ServerFixture server)
{
    [Fact]
    public async Task Another_tenant_can_neither_see_nor_use_a_segment_nor_count_its_customers()
    {
        var a = await server.CreateTenantAsync("Segment Owner Tea");
        var b = await server.CreateTenantAsync("Segment Intruder Tea");
        await server.SubmitAsync(a, Order("o-i-1", "c-a-only", DateTimeOffset.UtcNow.AddDays(-1)).ToJsonString());
        await server.CustomersReachingAsync(a, 1);
        using var ownerA = await BrowserSession.SignInAsync(server, a);
        using var ownerB = await BrowserSession.SignInAsync(server, b);
        var segment = await ownerA.CreateSegmentAsync("A's buyers", Compare("orders", "ge", 1));
        var id = Id(segment);
        var rule = Compare("orders", "ge", 1);

        Assert.Empty((await ownerB.GetJsonAsync(Route)).GetProperty("items").EnumerateArray());
        Assert.Equal(0, (await ownerB.PreviewAsync(rule)).GetProperty("count").GetInt64());
        foreach (var (method, route, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, $"{Route}/{id}", null),
            (HttpMethod.Get, $"{Route}/{id}/customers", null),
            (HttpMethod.Put, $"{Route}/{id}", new { name = "Taken over", description = (string?)null, rule }),
            (HttpMethod.Delete, $"{Route}/{id}", null),
        })
        {
            using var response = await ownerB.SendAsync(method, route, body);
            await HttpJson.ReadProblemAsync(response, HttpStatusCode.NotFound);
        }

        var intact = await ownerA.GetJsonAsync($"{Route}/{id}");
        Assert.Equal("A's buyers", intact.GetProperty("name").GetString());
        Assert.Equal(["c-a-only"], await ownerA.MemberIdsAsync(id));
    }
}
