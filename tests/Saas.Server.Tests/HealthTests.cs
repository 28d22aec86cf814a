using System.Net;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class HealthTests(ServerFixture server)
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_answers()
    {
        using var http = server.CreateDefaultClient();
        using var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
