using Saas.Domain.Orders;

namespace Saas.Server.Features.Connectors;

/// <summary>Checks posted orders and turns them into domain orders; errors are keyed by JSON path.</summary>
public sealed class OrderValidator(TimeProvider time)
{
    private const int MaxIdLength = 128;
    private const int MaxTextLength = 256;
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromDays(1);

    public IReadOnlyList<Order> Validate(IReadOnlyList<OrderInput?> inputs, bool isBatch, Dictionary<string, string[]> errors)
    {
        var orders = new List<Order>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var order = ValidateOne(inputs[i], isBatch ? $"[{i}]." : "", errors);
            if (order is not null) orders.Add(order);
        }
        return orders;
    }

    private Order? ValidateOne(OrderInput? input, string path, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors[path + field] = [message];
        if (input is null)
        {
            errors[path.TrimEnd('.') is { Length: > 0 } p ? p : "body"] = ["An order object is required."];
            return null;
        }
        RequireText(input.Id, "id", MaxIdLength, Fail);
        if (input.Customer is null) Fail("customer", "The customer is required.");
        else
        {
            RequireText(input.Customer.Id, "customer.id", MaxIdLength, Fail);
            if (input.Customer.Email is { } email && (email.Length > MaxTextLength || !email.Contains('@')))
                Fail("customer.email", "Not a valid email address.");
            if (input.Customer.Name is { Length: > MaxTextLength }) Fail("customer.name", $"At most {MaxTextLength} characters.");
        }
        if (input.PlacedAt is null) Fail("placedAt", "The order time is required (ISO 8601 with offset).");
        else if (input.PlacedAt > time.GetUtcNow() + MaxClockSkew) Fail("placedAt", "The order time is in the future.");
        if (input.Total is null) Fail("total", "The total is required.");
        else if (input.Total < 0) Fail("total", "The total cannot be negative.");
        if (input.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetter))
            Fail("currency", "A three-letter ISO 4217 currency code is required.");
        var lines = input.Lines ?? [];
        for (var l = 0; l < lines.Count; l++) ValidateLine(lines[l], $"lines[{l}].", Fail);
        if (input.Channel is { Length: > 64 }) Fail("channel", "At most 64 characters.");
        if (input.Region is { Length: > 64 }) Fail("region", "At most 64 characters.");
        if (input.Customer is { } reported) ValidateDemographics(reported, Fail);
        if (errors.Count > before) return null;

        var customer = input.Customer!;
        return new Order(
            input.Id!,
            new CustomerBasics(customer.Id!, customer.Email?.Trim().ToLowerInvariant(), customer.Name, customer.Phone,
                customer.Gender?.Trim().ToLowerInvariant(), customer.BirthYear, customer.City, customer.Occupation, customer.IncomeBand),
            // In UTC: PostgreSQL's timestamptz parameters take no other offset, and one order must not stop its partition's dispatch.
            input.PlacedAt!.Value.ToUniversalTime(), input.Total!.Value, input.Currency!.ToUpperInvariant(),
            lines.Select(l => new OrderLine(l!.Sku!, l.Category, l.Quantity!.Value, l.Price!.Value, l.Discount ?? 0m, l.UnitCost)).ToArray(),
            input.Channel, input.Region, input.UpdatedAt?.ToUniversalTime());
    }

    private static void ValidateLine(OrderLineInput? line, string path, Action<string, string> fail)
    {
        if (line is null)
        {
            fail(path.TrimEnd('.'), "An order line object is required.");
            return;
        }
        RequireText(line.Sku, path + "sku", MaxIdLength, fail);
        if (line.Quantity is not > 0) fail(path + "quantity", "The quantity must be a whole number above zero.");
        if (line.Price is not >= 0) fail(path + "price", "The price is required and cannot be negative.");
        if (line.Discount is < 0) fail(path + "discount", "The discount cannot be negative.");
        if (line.UnitCost is < 0) fail(path + "unitCost", "The unit cost cannot be negative.");
    }

    private void ValidateDemographics(CustomerInput customer, Action<string, string> fail)
    {
        var thisYear = time.GetUtcNow().Year;
        if (customer.BirthYear is { } year && (year < thisYear - 120 || year > thisYear))
            fail("customer.birthYear", $"A year between {thisYear - 120} and {thisYear}.");
        foreach (var (field, value) in new[] { ("gender", customer.Gender), ("city", customer.City), ("occupation", customer.Occupation), ("incomeBand", customer.IncomeBand) })
        {
            if (value is { Length: > 64 }) fail($"customer.{field}", "At most 64 characters.");
        }
    }

    private static void RequireText(string? value, string field, int maxLength, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value)) fail(field, "This field is required.");
        else if (value.Length > maxLength) fail(field, $"At most {maxLength} characters.");
    }
}
