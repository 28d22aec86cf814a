using System.Globalization;
using Saas.Domain.Clv;

namespace Saas.Cli;

internal static class AnalyzeArguments
{
    public const string Usage = """
        Usage: saas analyze FILE [options]
               saas demo [options]   (saas demo --help)

        Reads a transactions CSV (a header row; delimiter ',', ';' or tab; dates yyyy-MM-dd or yyyyMMdd; amounts
        with a decimal point) and prints RFM segment counts, the BG/NBD and Gamma-Gamma fits, and the customers
        with the highest 12-month discounted lifetime value.

        Options:
          --customer-column NAME   column of the customer id (default customer_id)
          --date-column NAME       column of the purchase date (default date)
          --amount-column NAME     column of the amount spent (default amount)
          --as-of YYYY-MM-DD       end of the observation; later purchases are ignored (default: the last date in FILE)
          --period days|weeks      time unit of the models (default weeks)
          --top N                  how many customers to list (default 10)
          --discount-rate RATE     annual discount rate of the lifetime value (default 0.10)
          --format text|json       output format (default text)
          --help                   this text

        """;

    /// <returns>The options, or null when help was asked for.</returns>
    public static AnalyzeOptions? Parse(string[] args)
    {
        if (args.Length == 0) throw new CliInputException("a command is needed: saas analyze FILE (saas --help for more)");
        if (args.Contains("--help") || args.Contains("-h") || args[0] == "help") return null;
        if (args[0] != "analyze") throw new CliInputException($"unknown command '{args[0]}' (saas --help for the commands)");

        var line = CommandLine.Parse(args, KnownOptions);
        if (line.Positional.Count > 1) throw new CliInputException($"unexpected argument '{line.Positional[1]}': only one FILE is read");
        var file = line.Positional.Count == 1 ? line.Positional[0] : throw new CliInputException("the transactions FILE is missing: saas analyze FILE");
        var values = line.Options;

        return new AnalyzeOptions(
            file,
            new CsvColumns(
                values.GetValueOrDefault("--customer-column", "customer_id"),
                values.GetValueOrDefault("--date-column", "date"),
                values.GetValueOrDefault("--amount-column", "amount")),
            values.TryGetValue("--as-of", out var asOf) ? ParseDate(asOf) : null,
            ParseChoice(values, "--period", PeriodUnit.Weeks),
            ParseTop(values.GetValueOrDefault("--top", "10")),
            ParseDiscountRate(values.GetValueOrDefault("--discount-rate", "0.10")),
            ParseChoice(values, "--format", OutputFormat.Text));
    }

    private static readonly HashSet<string> KnownOptions =
        ["--customer-column", "--date-column", "--amount-column", "--as-of", "--period", "--top", "--discount-rate", "--format"];

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliInputException($"--as-of '{value}' is not a date YYYY-MM-DD");

    private static T ParseChoice<T>(IReadOnlyDictionary<string, string> values, string name, T fallback) where T : struct, Enum =>
        !values.TryGetValue(name, out var value) ? fallback
        : Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } match ? Enum.Parse<T>(match)
        : throw new CliInputException($"{name} must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{value}'");

    private static int ParseTop(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0
            ? top
            : throw new CliInputException($"--top must be a positive whole number, not '{value}'");

    private static double ParseDiscountRate(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0 && double.IsFinite(rate)
            ? rate
            : throw new CliInputException($"--discount-rate must be a rate such as 0.10, not '{value}'");
}
