using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Saas.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class MalformedOrderTests(ServerFixture server)
{
    [Fact]
    public async Task Invalid_json_is_a_400_problem_about_the_body_and_stores_nothing() =>
        await AssertRejectedAsync("{not json", "body");

    [Fact]
    public async Task Text_where_a_number_belongs_is_a_400_problem_naming_the_field()
    {
        var order = ShopApi.Order("o-1", "c-1");
        order["total"] = "abc";
        await AssertRejectedAsync(order.ToJsonString(), "total");
    }

    [Fact]
    public async Task A_batch_whose_third_order_lacks_the_customer_id_is_rejected_whole_naming_that_field()
    {
        var third = ShopApi.Order("o-3", "c-3");
        third["customer"]!.AsObject().Remove("id");
        await AssertRejectedAsync(ShopApi.Batch(ShopApi.Order("o-1", "c-1"), ShopApi.Order("o-2", "c-2"), third), "[2].customer.id");
    }

    [Fact]
    public async Task A_batch_of_10001_orders_is_a_400_problem_about_the_body_and_stores_nothing()
    {
        var body = new StringBuilder("[");
        for (var i = 0; i < 10_001; i++)
        {
            if (i > 0) body.Append(',');
            body.Append(ShopApi.Order($"o-{i}", $"c-{i % 100}").ToJsonString());
        }
        await AssertRejectedAsync(body.Append(']').ToString(), "body");
    }

    [Fact]
    public async Task A_body_over_32_MiB_is_a_413_problem_and_stores_nothing()
    {
        var tenant = await server.CreateTenantAsync("Oversized Tea");
        var padding = new string(' ', 33 * 1024 * 1024);

        using var response = await server.PostOrdersAsync(tenant.ApiKey, padding + ShopApi.Order("o-big", "c-big").ToJsonString());

        await HttpJson.ReadProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
    }

    [Fact]
    public async Task Unknown_fields_are_refused_by_name_and_nothing_is_stored()
    {
        var order = ShopApi.Order("o-extra", "c-extra");
        order["customer"]!.AsObject()["tenantId"] = "someone-elses-tenant";

        await AssertRejectedAsync(ShopApi.Batch(order), "[0].customer.tenantId");
    }

    private async Task AssertRejectedAsync(string body, string expectedField)
    {
        var tenant = await server.CreateTenantAsync("Malformed Tea");

        using var response = await server.PostOrdersAsync(tenant.ApiKey, body);

        var problem = await HttpJson.ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expectedField, HttpJson.ErrorFields(problem));
        Assert.Equal(0, await server.EventCountAsync(tenant.Id));
    }
}
