namespace Saas.Cli;

/// <summary>
/// saas analyze: BG/NBD, Gamma-Gamma, lifetime value and RFM segments of a transactions CSV, offline.
/// saas demo: a simulated shop sent to a running server.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <returns>0 on success, 1 when the data cannot be fitted or the server refuses, 2 for bad arguments or input.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args is ["demo", ..]) return Demo(args, stdout);
            var options = AnalyzeArguments.Parse(args);
            if (options is null)
            {
                stdout.Write(AnalyzeArguments.Usage);
                return 0;
            }
            var transactions = TransactionCsvReader.Read(options.File, options.Columns);
            var report = TransactionAnalysis.Run(transactions, options);
            if (options.Format == OutputFormat.Json) JsonReportPrinter.Print(report, stdout);
            else TextReportPrinter.Print(report, stdout);
            return 0;
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"saas: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or HttpRequestException)
        {
            stderr.WriteLine($"saas: {e.Message}");
            return 1;
        }
    }

    private static int Demo(string[] args, TextWriter stdout)
    {
        if (DemoArguments.Parse(args) is not { } options)
        {
            stdout.Write(DemoArguments.Usage);
            return 0;
        }
        return DemoCommand.RunAsync(options, stdout).GetAwaiter().GetResult();
    }
}
