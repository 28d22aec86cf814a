using System.Text.Json;
using System.Text.RegularExpressions;
using Saas.Domain.Orders;
using Saas.Server.Features.Connectors;
using Saas.Server.Infrastructure;

namespace Saas.Server.Features.Shops;

/// <summary>
/// Reading the platforms' own payloads: snake_case, amounts often as strings, fields we do not use skipped (the
/// platforms add fields over time), the ones we need required. Orders are checked by the REST path's validator.
/// </summary>
public sealed partial class ShopPayloads(OrderValidator validator)
{
    private const string MissingRequired = "missing required properties including:";

    private const int MaxTextLength = 256;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
        RespectRequiredConstructorParameters = true,
    };

    /// <exception cref="JsonException">The body is not JSON of this shape.</exception>
    /// <exception cref="WebhookPayloadException">A field the product needs is missing.</exception>
    public static T Read<T>(WebhookDelivery delivery)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(delivery.Body, Options) ?? throw new JsonException("The body is null.");
        }
        catch (JsonException ex) when (ex.Message.Contains(MissingRequired, StringComparison.Ordinal))
        {
            // The message names the missing fields (snake_case, as in the payload) and the .NET type, which callers need not see.
            var missing = ex.Message[(ex.Message.IndexOf(MissingRequired, StringComparison.Ordinal) + MissingRequired.Length)..];
            var prefix = JsonErrors.FieldOf(ex) is { } path ? path + "." : "";
            throw new WebhookPayloadException(QuotedNames().Matches(missing).ToDictionary(m => prefix + m.Groups[1].Value, _ => new[] { "This field is required." }));
        }
    }

    /// <exception cref="WebhookPayloadException">The order is not one the product can count (say, no currency).</exception>
    public Order ToOrder(OrderInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var orders = validator.Validate([input], isBatch: false, errors);
        return errors.Count == 0 ? orders[0] : throw new WebhookPayloadException(errors);
    }

    /// <exception cref="WebhookPayloadException">The email or name is not one the product can keep.</exception>
    public static CustomerBasics ToCustomer(CustomerInput customer)
    {
        var errors = new Dictionary<string, string[]>();
        if (customer.Email is { } email && (email.Length > MaxTextLength || !email.Contains('@'))) errors["email"] = ["Not a valid email address."];
        if (customer.Name is { Length: > MaxTextLength }) errors["name"] = [$"At most {MaxTextLength} characters."];
        if (errors.Count > 0) throw new WebhookPayloadException(errors);
        return new CustomerBasics(customer.Id!, customer.Email, customer.Name, customer.Phone, City: customer.City);
    }

    public static string? FullName(string? first, string? last) =>
        string.Join(' ', new[] { first, last }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())) is { Length: > 0 } name ? name : null;

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedNames();

    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
