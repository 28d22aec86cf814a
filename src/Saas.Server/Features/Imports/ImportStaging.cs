using Npgsql;
using NpgsqlTypes;

namespace Saas.Server.Features.Imports;

/// <summary>
/// Checks one record of a kind of file and, when it is good, writes it as a row of that kind's staging table.
/// A record is checked whole before anything is written, so a bad one leaves no half row.
/// </summary>
public abstract class ImportStaging
{
    public abstract string CopyCommand { get; }

    /// <returns>Null when the row was written; otherwise why it is bad.</returns>
    public abstract string? Stage(CsvValues values, NpgsqlBinaryImporter copy, string tenantId, string importId, long line);

    public static ImportStaging For(string kind, string defaultCurrency) =>
        kind == ImportKinds.Orders ? new OrderStaging(defaultCurrency) : new CustomerStaging();

    protected static void StartRow(NpgsqlBinaryImporter copy, string tenantId, string importId, long line)
    {
        copy.StartRow();
        copy.Write(tenantId, NpgsqlDbType.Text);
        copy.Write(importId, NpgsqlDbType.Text);
        copy.Write(line, NpgsqlDbType.Bigint);
    }

    protected static void WriteText(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    protected static void WriteNumber<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } present) copy.Write(present, type);
        else copy.WriteNull();
    }
}

/// <summary>One line of an order per row; rows with the same order id are that order's lines.</summary>
public sealed class OrderStaging(string defaultCurrency) : ImportStaging
{
    public override string CopyCommand => """
        COPY import_order_rows (tenant_id, import_id, line, order_id, customer_id, placed_at, total, currency, email, name, phone,
                                city, region, channel, sku, category, quantity, price, discount, unit_cost) FROM STDIN (FORMAT BINARY)
        """;

    public override string? Stage(CsvValues values, NpgsqlBinaryImporter copy, string tenantId, string importId, long line)
    {
        var orderId = values.Required(ImportFields.OrderId);
        var customerId = values.Required(ImportFields.CustomerId);
        var placedAt = values.Date(ImportFields.Date);
        var total = values.Amount(ImportFields.Total, required: true);
        var currency = (values.Text(ImportFields.Currency, CsvValues.MaxShortTextLength) ?? defaultCurrency).ToUpperInvariant();
        var email = values.Email(ImportFields.Email);
        var name = values.Text(ImportFields.Name);
        var phone = values.Text(ImportFields.Phone);
        var city = values.Text(ImportFields.City, CsvValues.MaxShortTextLength);
        var region = values.Text(ImportFields.Region, CsvValues.MaxShortTextLength);
        var channel = values.Text(ImportFields.Channel, CsvValues.MaxShortTextLength);
        var sku = values.Text(ImportFields.Sku, CsvValues.MaxIdLength);
        var category = values.Text(ImportFields.Category);
        var quantity = values.Whole(ImportFields.Quantity, 1, 1_000_000);
        var price = values.Amount(ImportFields.Price);
        var discount = values.Amount(ImportFields.Discount);
        var unitCost = values.Amount(ImportFields.UnitCost);
        if (values.Reason is { } reason) return reason;
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter)) return $"currency '{currency}' is not a three-letter ISO 4217 code";

        StartRow(copy, tenantId, importId, line);
        copy.Write(orderId!, NpgsqlDbType.Text);
        copy.Write(customerId!, NpgsqlDbType.Text);
        copy.Write(placedAt!.Value, NpgsqlDbType.TimestampTz);
        copy.Write(total!.Value, NpgsqlDbType.Numeric);
        copy.Write(currency, NpgsqlDbType.Text);
        foreach (var text in (string?[])[email, name, phone, city, region, channel, sku, category]) WriteText(copy, text);
        WriteNumber(copy, quantity, NpgsqlDbType.Integer);
        WriteNumber(copy, price, NpgsqlDbType.Numeric);
        WriteNumber(copy, discount, NpgsqlDbType.Numeric);
        WriteNumber(copy, unitCost, NpgsqlDbType.Numeric);
        return null;
    }
}

public sealed class CustomerStaging : ImportStaging
{
    private const int OldestBirthYear = 1900;

    public override string CopyCommand => """
        COPY import_customer_rows (tenant_id, import_id, line, customer_id, email, name, phone, gender, birth_year, city, region,
                                   occupation, income_band) FROM STDIN (FORMAT BINARY)
        """;

    public override string? Stage(CsvValues values, NpgsqlBinaryImporter copy, string tenantId, string importId, long line)
    {
        var customerId = values.Required(ImportFields.CustomerId);
        var email = values.Email(ImportFields.Email);
        var name = values.Text(ImportFields.Name);
        var phone = values.Text(ImportFields.Phone);
        var gender = values.Text(ImportFields.Gender, CsvValues.MaxShortTextLength)?.ToLowerInvariant();
        var birthYear = values.Whole(ImportFields.BirthYear, OldestBirthYear, DateTime.UtcNow.Year);
        var city = values.Text(ImportFields.City, CsvValues.MaxShortTextLength);
        var region = values.Text(ImportFields.Region, CsvValues.MaxShortTextLength);
        var occupation = values.Text(ImportFields.Occupation, CsvValues.MaxShortTextLength);
        var incomeBand = values.Text(ImportFields.IncomeBand, CsvValues.MaxShortTextLength);
        if (values.Reason is { } reason) return reason;

        StartRow(copy, tenantId, importId, line);
        copy.Write(customerId!, NpgsqlDbType.Text);
        foreach (var text in (string?[])[email, name, phone, gender]) WriteText(copy, text);
        WriteNumber(copy, birthYear, NpgsqlDbType.Integer);
        foreach (var text in (string?[])[city, region, occupation, incomeBand]) WriteText(copy, text);
        return null;
    }
}
