using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Saas.Server.Features.Identity;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Connectors;

/// <summary>How answers name a connector's items, e.g. "an order" and "orders".</summary>
public sealed record SubmissionNames(string One, string Many);

/// <summary>
/// What every connector endpoint does: API-key authentication with its rate limit, a suspended tenant refused, a
/// body of at most 32 MiB holding one item or an array of up to 10,000, JSON errors named by field, every item
/// checked before any is stored, and 202 once all are durable, listing the duplicates.
/// </summary>
public static class ConnectorSubmission
{
    public const int MaxBatch = 10_000;
    public const long MaxBodyBytes = 32 * 1024 * 1024;

    public static RouteHandlerBuilder MapSubmission<TInput>(this RouteGroupBuilder api, string pattern, Delegate handler) =>
        api.MapPost(pattern, handler)
            .RequireAuthorization(ConnectorsSetup.ApiKeyPolicy)
            .RequireRateLimiting(RateLimits.Ingestion)
            .Accepts<TInput[]>("application/json")
            .AddOpenApiOperationTransformer(DescribeOneOrManyAsync<TInput>);

    /// <param name="validate">Checks the items (is the body an array?) and adds errors keyed by JSON path.</param>
    /// <param name="store">Stores the valid items of the caller's tenant durably.</param>
    public static async Task<Results<Accepted<IngestionResult>, ValidationProblem, ProblemHttpResult>> SubmitAsync<TInput, TItem>(
        HttpContext http, JsonSerializerOptions json, SubmissionNames names,
        Func<IReadOnlyList<TInput?>, bool, Dictionary<string, string[]>, IReadOnlyList<TItem>> validate,
        Func<string, IReadOnlyList<TItem>, CancellationToken, Task<IngestionResult>> store,
        CancellationToken ct)
    {
        if (http.User.FindFirst(SaasClaims.TenantStatus)?.Value != Tenant.Active)
        {
            return TypedResults.Problem($"This tenant is suspended; {names.Many} are not accepted.", statusCode: StatusCodes.Status403Forbidden, title: "Tenant suspended");
        }
        var body = await ReadBodyAsync(http, MaxBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The body is larger than {MaxBodyBytes / (1024 * 1024)} MiB; send smaller batches.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");
        }
        var errors = new Dictionary<string, string[]>();
        var (inputs, isBatch) = Parse<TInput>(body, json, names, errors);
        if (inputs is { Count: > MaxBatch }) errors["body"] = [$"A batch holds at most {MaxBatch:N0} {names.Many}; this one has {inputs.Count:N0}."];
        if (inputs is { Count: 0 }) errors["body"] = ["The batch is empty."];
        var items = errors.Count == 0 ? validate(inputs!, isBatch, errors) : [];
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: $"The {names.Many} are not valid", detail: "Nothing was stored; fix the fields listed and send again.");
        }
        return TypedResults.Accepted((string?)null, await store(SaasClaims.TenantOf(http.User)!, items, ct));
    }

    /// <summary>The body is one item or an array of them; <c>Accepts</c> alone can only say the array.</summary>
    private static async Task DescribeOneOrManyAsync<TInput>(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) != true || json!.Schema is not { } array) return;
        var single = await context.GetOrCreateSchemaAsync(typeof(TInput), cancellationToken: ct);
        json.Schema = new OpenApiSchema { OneOf = [single, array] };
    }

    /// <returns>The whole body, or null if it is over <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadBodyAsync(HttpContext http, long maxBytes, CancellationToken ct)
    {
        if (http.Request.ContentLength > maxBytes) return null;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        using var buffer = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.Length > maxBytes ? null : buffer.ToArray();
    }

    private static (IReadOnlyList<TInput?>? Inputs, bool IsBatch) Parse<TInput>(
        byte[] body, JsonSerializerOptions options, SubmissionNames names, Dictionary<string, string[]> errors)
    {
        var json = body.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        var isBatch = json is [(byte)'[', ..];
        if (options.GetTypeInfo(typeof(TInput)).PolymorphismOptions is { } polymorphism && !TypeDiscriminators.Check(json, polymorphism, options, errors))
        {
            return (null, isBatch);
        }
        try
        {
            var inputs = isBatch
                ? JsonSerializer.Deserialize<TInput?[]>(body, options)
                : [JsonSerializer.Deserialize<TInput>(body, options)];
            if (inputs is null) errors["body"] = [$"The body is empty: send {names.One} object or an array of them."];
            return (inputs, isBatch);
        }
        catch (JsonException ex)
        {
            errors[JsonErrors.FieldOf(ex) ?? "body"] = [JsonErrors.IsUnknownField(ex)
                ? $"Unknown field; see /openapi/v1.json for the fields {names.One} has."
                : $"Not valid JSON for this field: {JsonErrors.ReasonOf(ex)}"];
            return (null, isBatch);
        }
    }
}
