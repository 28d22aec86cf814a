using System.Text.Json;
using Saas.Server.Features.Connectors;
using Saas.Server.Features.Tenants;
using Saas.Server.Infrastructure;
using Saas.Server.Infrastructure.Postgres;

namespace Saas.Server.Features.Shops;

/// <summary>The headers a platform names and signs its deliveries with.</summary>
public sealed record WebhookHeaders(string Signature, string Topic, string DeliveryId);

/// <summary>A payload that parsed but cannot be applied; the errors are keyed by the payload's fields.</summary>
public sealed class WebhookPayloadException(Dictionary<string, string[]> errors) : Exception("The webhook payload is not valid.")
{
    public Dictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>
/// What every webhook endpoint does before its platform's code sees a delivery: a body of at most 2 MiB (413), a
/// connection of that platform and a valid signature (one 401 for both, so connection ids cannot be probed), an
/// active tenant (403), the topic and delivery id present (400). Malformed payloads are 400; a 200 means every
/// change is in the event log.
/// </summary>
public sealed class WebhookReceiver(ShopConnections connections, WebhookSecrets secrets, TenantScope scope)
{
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    public async Task<IResult> ReceiveAsync(
        HttpContext http, string platform, string connectionId, WebhookHeaders headers,
        Func<WebhookDelivery, CancellationToken, Task<WebhookReceipt>> apply, CancellationToken ct)
    {
        var body = await ConnectorSubmission.ReadBodyAsync(http, MaxBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem($"A webhook body holds at most {MaxBodyBytes / (1024 * 1024)} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Body too large");
        }
        var connection = await connections.FindAsync(connectionId, platform, ct);
        if (connection is null || !secrets.IsSignedWith(connection.Secret, body, http.Request.Headers[headers.Signature]))
        {
            return TypedResults.Problem(
                $"The {headers.Signature} header must be the base64 HMAC-SHA256 of the body keyed by this connection's secret. Nothing was stored.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Webhook signature not valid");
        }
        if (connection.TenantStatus != Tenant.Active)
        {
            return TypedResults.Problem("This tenant is suspended; webhooks are not accepted.", statusCode: StatusCodes.Status403Forbidden, title: "Tenant suspended");
        }
        var topic = http.Request.Headers[headers.Topic].ToString();
        var deliveryId = http.Request.Headers[headers.DeliveryId].ToString();
        if (topic.Length == 0 || deliveryId.Length is 0 or > 200)
        {
            return TypedResults.Problem($"The {headers.Topic} and {headers.DeliveryId} headers are required.", statusCode: StatusCodes.Status400BadRequest,
                title: "Webhook headers missing");
        }
        if (await IsKnownAsync(connection, deliveryId, ct)) return TypedResults.Ok(WebhookOutcome.Receipt(topic, WebhookOutcome.Duplicate));
        try
        {
            var receipt = await apply(new WebhookDelivery(connection.TenantId, connection.Id, platform, topic, deliveryId, body), ct);
            if (receipt.Outcome != WebhookOutcome.Ignored) await MarkReceivedAsync(connection, topic, deliveryId, ct);
            return TypedResults.Ok(receipt);
        }
        catch (JsonException ex)
        {
            return Invalid(topic, new() { [JsonErrors.FieldOf(ex) ?? "body"] = [$"Not valid for this field: {JsonErrors.ReasonOf(ex)}"] });
        }
        catch (WebhookPayloadException ex)
        {
            return Invalid(topic, ex.Errors);
        }
    }

    private static IResult Invalid(string topic, Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: $"The {topic} payload is not valid", detail: "Nothing was stored.");

    private async Task<bool> IsKnownAsync(WebhookConnection connection, string deliveryId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(connection.TenantId, ct);
        await using var cmd = tx.Command("SELECT EXISTS (SELECT 1 FROM shop_deliveries WHERE tenant_id = $1 AND connection_id = $2 AND delivery_id = $3)");
        cmd.Parameters.AddWithValue(connection.TenantId);
        cmd.Parameters.AddWithValue(connection.Id);
        cmd.Parameters.AddWithValue(deliveryId);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// After the delivery is applied (an ignored one leaves nothing): a crash before this only means a redelivery is
    /// applied again, idempotently.
    /// </summary>
    private async Task MarkReceivedAsync(WebhookConnection connection, string topic, string deliveryId, CancellationToken ct)
    {
        await using var tx = await scope.BeginAsync(connection.TenantId, ct);
        await using (var delivered = tx.Command("""
            INSERT INTO shop_deliveries (tenant_id, connection_id, delivery_id, topic) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
            """))
        {
            delivered.Parameters.AddWithValue(connection.TenantId);
            delivered.Parameters.AddWithValue(connection.Id);
            delivered.Parameters.AddWithValue(deliveryId);
            delivered.Parameters.AddWithValue(topic);
            await delivered.ExecuteNonQueryAsync(ct);
        }
        await using (var received = tx.Command("UPDATE shop_connections SET last_received_at = now() WHERE id = $1 AND tenant_id = $2"))
        {
            received.Parameters.AddWithValue(connection.Id);
            received.Parameters.AddWithValue(connection.TenantId);
            await received.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }
}
