using System.Net;

namespace Saas.Server.Tests.Privacy;

public static class PrivacyApi
{
    /// <summary>
    /// Tenant B's owner erases "c-victim": at most B's own customer of that id goes; A's keeps its row, identities and events.
    /// </summary>
    public static async Task ErasureContainedAsync(ServerFixture server, TestTenant a, BrowserSession intruder)
    {
        using var response = await intruder.SendAsync(HttpMethod.Delete, "/api/v1/customers/c-victim", new { reason = "taken over" });
        Assert.True(response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound, $"The erasure answered {(int)response.StatusCode}.");
        Assert.Equal(1, await server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1 AND customer_id = 'c-victim'", a.Id));
        Assert.NotEqual(0, await server.ScalarAsync<long>("SELECT count(*) FROM customer_identities WHERE tenant_id = $1 AND customer_id = 'c-victim'", a.Id));
        Assert.NotEqual(0, await server.ScalarAsync<long>("SELECT count(*) FROM grain_events WHERE grain_key = $1 AND kind <> 'grain.rebuild'", $"{a.Id}/c-victim"));
    }
}
