using System.Net;
using Saas.Server.Features.Connectors;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class IngestionAuthTests(ServerFixture server)
{
    [Fact]
    public async Task Orders_without_an_api_key_are_refused_with_a_401_problem_and_not_stored()
    {
        var before = await server.EventCountAsync();

        using var response = await server.PostOrdersAsync(apiKey: null, ShopApi.IssueOrder);

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await server.EventCountAsync());
    }

    [Theory]
    [InlineData("generated")]
    [InlineData("sk_demo_0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-key")]
    public async Task Orders_with_an_unknown_api_key_are_refused_with_a_401_problem_and_not_stored(string key)
    {
        await server.CreateTenantAsync("Keyed Tea");
        var before = await server.EventCountAsync();

        using var response = await server.PostOrdersAsync(key == "generated" ? ApiKeys.Generate() : key, ShopApi.IssueOrder);

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await server.EventCountAsync());
    }
}
