namespace Saas.Cli;

/// <summary>saas analyze: BG/NBD, Gamma-Gamma, lifetime value and RFM segments of a transactions CSV, offline.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <returns>0 on success, 1 when the data cannot be fitted, 2 for bad arguments or input.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            stderr.WriteLine($"saas: {e.Message}");
            return 1;
        }
    }
}
