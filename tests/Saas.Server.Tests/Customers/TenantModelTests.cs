using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Saas.Domain.Analysis;
using Saas.Domain.Behaviour;
using Saas.Domain.Rfm;
using Saas.Grains.Core;

namespace Saas.Server.Tests.Customers;

/// <summary>The tenant's model: fitted on its customers, versioned, and every customer re-scored when it moves.</summary>
[Collection(ServerCollection.Name)]
public sealed class TenantModelTests(ServerFixture server)
{
    [Fact]
    public async Task A_refit_records_both_fits_and_every_customer_gets_its_probability_alive_and_lifetime_value()
    {
        var tenant = await server.CreateTenantAsync("Fitted Tea");
        await ShopWithHistoryAsync(tenant, customers: 60);
        using var owner = await BrowserSession.SignInAsync(server, tenant);

        using var refit = await owner.SendAsync(HttpMethod.Post, "/api/v1/settings/analysis/refit");
        Assert.Equal(HttpStatusCode.OK, refit.StatusCode);
        var model = (await HttpJson.ReadAsync(refit)).GetProperty("model");
        Assert.True(model.GetProperty("version").GetInt32() >= 1);
        Assert.True(model.GetProperty("bgNbd").GetProperty("r").GetDouble() > 0);
        Assert.True(model.GetProperty("gammaGamma").GetProperty("p").GetDouble() > 0);

        var fits = await owner.GetJsonAsync("/api/v1/settings/analysis/fits");
        Assert.Equal<string?>(["gammagamma", "bgnbd"], fits.EnumerateArray().Select(f => f.GetProperty("model").GetString()).ToList());
        Assert.All(fits.EnumerateArray(), f => Assert.True(f.GetProperty("logLikelihood").GetDouble() < 0));
        Assert.Equal(60, fits[1].GetProperty("sampleSize").GetInt32());

        // The refit re-scored everyone before answering: the list, sorted by value, is complete at once.
        var page = (await owner.GetJsonAsync("/api/v1/customers?sort=clv&limit=60")).GetProperty("items");
        Assert.Equal(60, page.GetArrayLength());
        Assert.All(page.EnumerateArray(), c => Assert.InRange(c.GetProperty("probabilityAlive").GetDouble(), 0, 1));
        var values = page.EnumerateArray().Select(c => c.GetProperty("clv").GetDecimal()).ToArray();
        Assert.Equal(values.OrderDescending(), values);
        var best = await owner.GetJsonAsync($"/api/v1/customers/{page[0].GetProperty("customerId").GetString()}");
        Assert.True(best.GetProperty("value").GetProperty("expectedPurchases365").GetDouble() > 0);
        Assert.Equal(7, best.GetProperty("loyalty").GetProperty("parts").GetArrayLength());
    }

    [Fact]
    public async Task Saving_three_score_levels_re_scores_every_customer_before_the_answer()
    {
        var tenant = await server.CreateTenantAsync("Three Levels Tea");
        await ShopWithHistoryAsync(tenant, customers: 12);
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var settings = (await owner.GetJsonAsync("/api/v1/settings/analysis")).GetProperty("settings");
        Assert.Equal(5, await server.ScalarAsync<int>("SELECT max(r) FROM customers WHERE tenant_id = $1", tenant.Id));

        var threeLevels = JsonNode.Parse(settings.GetRawText())!.AsObject();
        threeLevels["rfm"] = JsonNode.Parse(DefaultGridFor(3));
        using var saved = await owner.SendAsync(HttpMethod.Put, "/api/v1/settings/analysis", threeLevels);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(3, await server.ScalarAsync<int>("SELECT max(greatest(r, f, m)) FROM customers WHERE tenant_id = $1", tenant.Id));
        Assert.Equal(12, await server.ScalarAsync<long>("SELECT sum(customers) FROM segment_counts WHERE tenant_id = $1", tenant.Id));
        await AssertScoredAsTheDomainScoresAsync(tenant);
    }

    /// <summary>Re-scoring in PostgreSQL gives each customer exactly what the domain's rules give it under the tenant's model.</summary>
    private async Task AssertScoredAsTheDomainScoresAsync(TestTenant tenant)
    {
        var model = JsonSerializer.Deserialize<TenantModel>(
            await server.ScalarAsync<string>("SELECT model::text FROM tenant_models WHERE tenant_id = $1", tenant.Id),
            server.Services.GetRequiredService<GrainJson>().Options)!;
        await using var cmd = server.Db.CreateCommand("""
            SELECT customer_id, now() - last_order_at, orders, revenue, r, f, m, segment, abc_class::text, purchasing_power
            FROM customers WHERE tenant_id = $1
            """);
        cmd.Parameters.AddWithValue(tenant.Id);
        await using var reader = await cmd.ExecuteReaderAsync();
        var customers = 0;
        while (await reader.ReadAsync())
        {
            var (orders, revenue) = (reader.GetInt32(2), reader.GetDecimal(3));
            var score = model.Thresholds.Score(new RfmValues(reader.GetFieldValue<TimeSpan>(1).TotalDays, orders, revenue));
            var expected = (score.R, score.F, score.M, model.Settings.Rfm.SegmentOf(score).ToString(), model.Abc?.ClassOf(revenue).ToString(),
                PurchasingPowers.Of(revenue / orders, model.AverageOrderValueCutPoints).ToString());
            var actual = ((int)reader.GetInt16(4), (int)reader.GetInt16(5), (int)reader.GetInt16(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9));
            Assert.True(expected == actual, $"{reader.GetString(0)}: expected {expected}, published {actual}");
            customers++;
        }
        Assert.Equal(12, customers);
    }

    [Fact]
    public async Task Settings_that_leave_a_grid_cell_without_a_segment_are_refused_and_change_nothing()
    {
        var tenant = await server.CreateTenantAsync("Holey Grid Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        var settings = JsonNode.Parse((await owner.GetJsonAsync("/api/v1/settings/analysis")).GetProperty("settings").GetRawText())!.AsObject();
        settings["rfm"]!["rules"]!.AsArray().RemoveAt(0);
        settings["churnRiskThreshold"] = 1.5;

        using var refused = await owner.SendAsync(HttpMethod.Put, "/api/v1/settings/analysis", settings);

        var problem = await HttpJson.ReadProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("is in no segment", problem.GetProperty("errors").GetProperty("rfm")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("churnRiskThreshold", out _));
        Assert.Equal(0, await server.ScalarAsync<long>("SELECT count(*) FROM tenant_analysis_settings WHERE tenant_id = $1", tenant.Id));
    }

    [Fact]
    public async Task An_account_manager_reads_the_settings_but_cannot_change_them()
    {
        var tenant = await server.CreateTenantAsync("Read Only Tea");
        using var owner = await BrowserSession.SignInAsync(server, tenant);
        using var manager = await MemberTests.JoinAsync(server, owner, TestMail.NewAddress("reader"));
        var settings = (await manager.GetJsonAsync("/api/v1/settings/analysis")).GetProperty("settings");

        using var refused = await manager.SendAsync(HttpMethod.Put, "/api/v1/settings/analysis", JsonNode.Parse(settings.GetRawText()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var refit = await manager.SendAsync(HttpMethod.Post, "/api/v1/settings/analysis/refit");
        Assert.Equal(HttpStatusCode.Forbidden, refit.StatusCode);
    }

    /// <summary>Customers with different rhythms and spends, the last order of each within the past 200 days.</summary>
    private async Task ShopWithHistoryAsync(TestTenant tenant, int customers)
    {
        var now = DateTimeOffset.UtcNow;
        var orders = Enumerable.Range(0, customers).SelectMany(c => CustomerHistories.Regular(
            $"c-{c}", orders: 1 + c % 7, each: 20m + 13 * (c % 11), lastAt: now.AddDays(-(c * 37 % 200) - 1), intervalDays: 10 + c % 30)).ToArray();
        await server.SubmitAsync(tenant, ShopApi.Batch(orders));
        await Eventually.UntilAsync(() => server.ScalarAsync<long>("SELECT count(*) FROM customers WHERE tenant_id = $1", tenant.Id),
            n => n == customers, "every customer to be analysed");
    }

    private static string DefaultGridFor(int levels) => JsonSerializer.Serialize(
        RfmSettings.DefaultFor(levels),
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });
}
