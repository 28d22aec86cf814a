using System.Globalization;
using CsvHelper;
using Saas.Domain.Orders;

namespace Saas.Cli;

/// <summary>Orders as a history CSV: one row per order line, the order's fields repeated on each.</summary>
internal sealed class OrdersCsvWriter(TextWriter writer) : IDisposable
{
    private static readonly string[] Header =
        ["order_id", "customer_id", "date", "total", "currency", "email", "name", "phone", "city", "region", "channel", "sku", "category", "quantity", "price", "discount", "unit_cost"];

    private readonly CsvWriter _csv = Start(writer);

    public void Write(Order order)
    {
        foreach (var line in order.Lines)
        {
            object?[] fields =
            [
                order.Id, order.Customer.Id, order.PlacedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), order.Total, order.Currency,
                order.Customer.Email, order.Customer.Name, order.Customer.Phone, order.Customer.City, order.Region, order.Channel,
                line.Sku, line.Category, line.Quantity, line.Price, line.Discount, line.UnitCost,
            ];
            foreach (var field in fields) _csv.WriteField(field);
            _csv.NextRecord();
        }
    }

    public void Dispose() => _csv.Dispose();

    private static CsvWriter Start(TextWriter writer)
    {
        var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in Header) csv.WriteField(name);
        csv.NextRecord();
        return csv;
    }
}
