using System.Net;

namespace Saas.Server.Tests.Analyses;

[Collection(ServerCollection.Name)]
public sealed class AnalysisParameterTests(ServerFixture server)
{
    [Theory]
    [InlineData("segments/movement?to=2026-02-01", "from")]
    [InlineData("segments/movement?from=2026-13-01&to=2026-02-01", "from")]
    [InlineData("segments/movement?from=2026-02-01&to=2026-02-01", "to")]
    [InlineData("cohorts?months=0", "months")]
    [InlineData("cohorts?months=twelve", "months")]
    [InlineData("categories/by-region?from=2026-1", "from")]
    [InlineData("categories/by-region?from=2026-05&to=2026-04", "from")]
    [InlineData("categories/by-region?from=2020-01&to=2026-01", "from")]
    [InlineData("categories/by-region?to=2026-02-01", "to")]
    [InlineData("cross-sell?minSupport=0", "minSupport")]
    [InlineData("cross-sell?minSupport=1.5", "minSupport")]
    [InlineData("cross-sell?limit=1000", "limit")]
    [InlineData("profitability?order=up", "order")]
    [InlineData("profitability?limit=-1", "limit")]
    [InlineData("profitability?offset=x", "offset")]
    [InlineData("top-spenders?share=0.9", "share")]
    [InlineData("top-spenders?share=ten%25", "share")]
    public async Task A_bad_parameter_is_a_validation_problem_naming_it(string query, string parameter)
    {
        var tenant = await server.CreateTenantAsync("Strict Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var response = await owner.SendAsync(HttpMethod.Get, $"/api/v1/analyses/{query}");

        var problem = await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([parameter], HttpJson.ErrorFields(problem));
    }
}
