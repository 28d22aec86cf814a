using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class IngestionRateLimitTests(ServerFixture server)
{
    [Fact]
    public async Task A_key_over_its_requests_per_minute_gets_a_429_problem_with_retry_after_and_other_keys_go_on()
    {
        var busy = await server.CreateTenantAsync("Busy Shop Tea");
        var quiet = await server.CreateTenantAsync("Quiet Shop Tea");
        for (var i = 0; i < ServerFixture.RequestsPerKeyPerMinute; i++)
        {
            using var accepted = await server.PostOrdersAsync(busy.ApiKey, ShopApi.Order($"o-rate-{i}", "c-rate").ToJsonString());
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var refused = await server.PostOrdersAsync(busy.ApiKey, ShopApi.Order("o-rate-over", "c-rate").ToJsonString());

        await HttpJson.ReadProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter is not null, "A 429 says when to retry.");
        Assert.Equal(ServerFixture.RequestsPerKeyPerMinute, await server.EventCountAsync(busy.Id));
        using var other = await server.PostOrdersAsync(quiet.ApiKey, ShopApi.Order("o-quiet", "c-quiet").ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }
}
