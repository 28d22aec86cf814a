using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Connectors;

/// <summary><c>POST /api/v1/orders</c>: one order or a batch, authenticated by the connector's API key.</summary>
public static class OrdersEndpoint
{
    public const int MaxBatch = 10_000;
    public const long MaxBodyBytes = 32 * 1024 * 1024;

    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder api)
    {
        api.MapPost("/orders", SubmitAsync)
            .RequireAuthorization(ConnectorsSetup.ApiKeyPolicy)
            .RequireRateLimiting(RateLimits.Ingestion)
            .Accepts<OrderInput[]>("application/json")
            .AddOpenApiOperationTransformer(DescribeOneOrManyAsync)
            .WithName("SubmitOrders")
            .WithSummary("Submit one order or a batch of up to 10,000")
            .WithDescription("The body is one order object or an array of them. 202 means every order is durably stored; " +
                             "orders whose id was already received are listed as duplicates and not applied again.");
        return api;
    }

    private static async Task<Results<Accepted<IngestionResult>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpContext http, OrderValidator validator, OrderIntake intake, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (http.User.FindFirst(SaasClaims.TenantStatus)?.Value != Tenant.Active)
        {
            return TypedResults.Problem("This tenant is suspended; orders are not accepted.", statusCode: StatusCodes.Status403Forbidden, title: "Tenant suspended");
        }
        var body = await ReadBodyAsync(http, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {MaxBodyBytes / (1024 * 1024)} MiB; send smaller batches.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        }
        var errors = new Dictionary<string, string[]>();
        var (inputs, isBatch) = Parse(body, json.Value.SerializerOptions, errors);
        if (inputs is { Count: > MaxBatch }) errors["body"] = [$"A batch holds at most {MaxBatch:N0} orders; this one has {inputs.Count:N0}."];
        if (inputs is { Count: 0 }) errors["body"] = ["The batch is empty."];
        var orders = errors.Count == 0 ? validator.Validate(inputs!, isBatch, errors) : [];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The orders are not valid", detail: "Nothing was stored; fix the fields listed and send again.");
        }
        return TypedResults.Accepted((string?)null, await intake.SubmitAsync(tenantId, orders, ct));
    }

    /// <summary>The body is one order or an array of them; <c>Accepts</c> alone can only say the array.</summary>
    private static async Task DescribeOneOrManyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) != true || json!.Schema is not { } array) return;
        var single = await context.GetOrCreateSchemaAsync(typeof(OrderInput), cancellationToken: ct);
        json.Schema = new OpenApiSchema { OneOf = [single, array] };
    }

    /// <returns>The whole body, or null if it is over the limit.</returns>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes) return null;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        using var buffer = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.Length > MaxBodyBytes ? null : buffer.ToArray();
    }

    private static (IReadOnlyList<OrderInput?>? Inputs, bool IsBatch) Parse(byte[] body, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var isBatch = body.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8) is [(byte)'[', ..];
        try
        {
            var inputs = isBatch
                ? JsonSerializer.Deserialize<OrderInput?[]>(body, options)
                : [JsonSerializer.Deserialize<OrderInput>(body, options)];
            if (inputs is null) errors["body"] = ["The body is empty: send an order object or an array of them."];
            return (inputs, isBatch);
        }
        catch (JsonException ex)
        {
            errors[JsonErrors.FieldOf(ex) ?? "body"] = [JsonErrors.IsUnknownField(ex)
                ? "Unknown field; see /openapi/v1.json for the fields an order has."
                : $"Not valid JSON for this field: {JsonErrors.ReasonOf(ex)}"];
            return (null, isBatch);
        }
    }
}
