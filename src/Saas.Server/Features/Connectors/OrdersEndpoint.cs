using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Saas.Domain.Orders;

namespace Saas.Server.Features.Connectors;

/// <summary><c>POST /api/v1/orders</c>: one order or a batch, authenticated by the connector's API key.</summary>
public static class OrdersEndpoint
{
    private static readonly SubmissionNames Names = new("an order", "orders");

    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder api)
    {
        api.MapSubmission<OrderInput>("/orders", SubmitAsync)
            .WithName("SubmitOrders")
            .WithSummary("Submit one order or a batch of up to 10,000")
            .WithDescription("The body is one order object or an array of them. 202 means every order is durably stored; " +
                             "orders whose id was already received are listed as duplicates and not applied again.");
        return api;
    }

    private static Task<Results<Accepted<IngestionResult>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext http, OrderValidator validator, OrderIntake intake, IOptions<JsonOptions> json, CancellationToken ct) =>
        ConnectorSubmission.SubmitAsync<OrderInput, Order>(http, json.Value.SerializerOptions, Names, validator.Validate, intake.SubmitAsync, ct);
}
