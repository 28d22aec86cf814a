using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Saas.Cli;

internal readonly record struct Transaction(string CustomerId, DateOnly Day, decimal Amount);

/// <summary>Streams the transactions of a CSV file with a header row; a bad value stops the read with its line number.</summary>
internal static class TransactionCsvReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    public static IEnumerable<Transaction> Read(string path, CsvColumns columns)
    {
        if (!File.Exists(path)) throw new CliInputException($"{path}: no such file");
        return ReadExisting(path, columns);
    }

    private static IEnumerable<Transaction> ReadExisting(string path, CsvColumns columns)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader()) throw new CliInputException($"{path}: empty file, a header row is needed");
        var header = csv.HeaderRecord!;
        var customer = ColumnIndex(path, header, columns.Customer);
        var date = ColumnIndex(path, header, columns.Date);
        var amount = ColumnIndex(path, header, columns.Amount);

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var customerId = csv.GetField(customer);
            if (string.IsNullOrEmpty(customerId)) throw new CliInputException($"{path}, line {line}: no customer id in column '{columns.Customer}'");
            var dayText = csv.GetField(date);
            if (!DateOnly.TryParseExact(dayText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new CliInputException($"{path}, line {line}: bad date '{dayText}' in column '{columns.Date}' (yyyy-MM-dd or yyyyMMdd)");
            }
            var amountText = csv.GetField(amount);
            if (!decimal.TryParse(amountText, NumberStyles.Float, CultureInfo.InvariantCulture, out var spent))
            {
                throw new CliInputException($"{path}, line {line}: bad amount '{amountText}' in column '{columns.Amount}' (a number such as 12.50)");
            }
            yield return new Transaction(customerId, day, spent);
        }
    }

    private static int ColumnIndex(string path, string[] header, string column)
    {
        var index = Array.IndexOf(header, column);
        return index >= 0 ? index : throw new CliInputException($"{path}, line 1: no column '{column}' in the header ({string.Join(", ", header)})");
    }
}
