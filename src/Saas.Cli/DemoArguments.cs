using System.Globalization;

namespace Saas.Cli;

/// <param name="Out">Write the history to this orders CSV instead of sending it.</param>
internal sealed record DemoOptions(int Customers, double Years, double Rate, int Seed, Uri Url, string? ApiKey, string? Out);

internal static class DemoArguments
{
    public const string Usage = """
        Usage: saas demo [options]

        Simulates a shop (customers who buy at their own rates until they drop out, gamma-distributed spend, regions
        with their own tastes, busy months and festival days with discounts, complaints and ratings), backfills its
        history into a running server through the orders and feedback API, then streams live orders.

        Options:
          --customers N    customers in the history (default 2000)
          --years Y        years of history up to now (default 2)
          --rate R         live orders per second after the backfill; 0 stops after it (default 1)
          --seed S         the same seed gives the same shop (default 2026)
          --url URL        the server (default $SAAS_URL or http://localhost:5000)
          --api-key KEY    an API key of the tenant (default $SAAS_API_KEY)
          --out FILE       write the history's orders to FILE as CSV (for the importer) instead of sending anything
          --help           this text

        """;

    private static readonly HashSet<string> KnownOptions = ["--customers", "--years", "--rate", "--seed", "--url", "--api-key", "--out"];

    /// <returns>The options, or null when help was asked for.</returns>
    public static DemoOptions? Parse(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h")) return null;
        var line = CommandLine.Parse(args, KnownOptions);
        if (line.Positional.Count > 0) throw new CliInputException($"unexpected argument '{line.Positional[0]}'");
        var url = line.Get("--url", Environment.GetEnvironmentVariable("SAAS_URL") ?? "http://localhost:5000");
        var options = new DemoOptions(
            Number(line.Get("--customers", "2000"), "--customers", 1, 10_000_000, int.Parse),
            Number(line.Get("--years", "2"), "--years", 0.01, 20, double.Parse),
            Number(line.Get("--rate", "1"), "--rate", 0, 10_000, double.Parse),
            Number(line.Get("--seed", "2026"), "--seed", int.MinValue, int.MaxValue, int.Parse),
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : throw new CliInputException($"--url '{url}' is not an http(s) address"),
            line.Options.GetValueOrDefault("--api-key") ?? Environment.GetEnvironmentVariable("SAAS_API_KEY"),
            line.Options.GetValueOrDefault("--out"));
        if (options is { Out: null, ApiKey: null }) throw new CliInputException("an API key is needed to send the shop: --api-key KEY or $SAAS_API_KEY (or --out FILE)");
        return options;
    }

    private static T Number<T>(string value, string name, T least, T most, Func<string, IFormatProvider, T> parse) where T : IComparable<T>
    {
        T number;
        try
        {
            number = parse(value, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw new CliInputException($"{name} must be a number, not '{value}'");
        }
        catch (OverflowException)
        {
            throw new CliInputException($"{name} must be between {least} and {most}, not '{value}'");
        }
        return number.CompareTo(least) >= 0 && number.CompareTo(most) <= 0 ? number : throw new CliInputException($"{name} must be between {least} and {most}, not '{value}'");
    }
}
