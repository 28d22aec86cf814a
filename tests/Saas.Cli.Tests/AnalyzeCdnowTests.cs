using System.Text.Json;
using Saas.Domain.Tests.Clv;

namespace Saas.Cli.Tests;

public sealed class AnalyzeCdnowTests(TransactionFiles files) : IClassFixture<TransactionFiles>
{
    private const int CalibrationRows = 4_960;

    [Fact]
    public void The_json_report_of_CDNOW_has_the_published_parameters()
    {
        var csv = files.WriteCdnow("cdnow.csv", "customer_id,date,amount", ',', "yyyy-MM-dd");

        var (exitCode, stdout, stderr) = Saas.Run("analyze", csv, "--as-of", "1997-09-30", "--period", "weeks", "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(2_357, report.GetProperty("customers").GetInt32());
        Assert.Equal(CalibrationRows, report.GetProperty("transactions").GetInt32());
        Assert.Equal("1997-09-30", report.GetProperty("asOf").GetString());
        Assert.Equal("weeks", report.GetProperty("period").GetString());
        Assert.Equal(2_357, report.GetProperty("segments").EnumerateObject().Sum(s => s.Value.GetInt32()));

        var bgNbd = report.GetProperty("bgnbd");
        Within.OnePercent(Cdnow.PublishedBgNbd.R, bgNbd.GetProperty("r").GetDouble());
        Within.OnePercent(Cdnow.PublishedBgNbd.Alpha, bgNbd.GetProperty("alpha").GetDouble());
        Within.OnePercent(Cdnow.PublishedBgNbd.A, bgNbd.GetProperty("a").GetDouble());
        Within.OnePercent(Cdnow.PublishedBgNbd.B, bgNbd.GetProperty("b").GetDouble());
        Within.OnePercent(-9582.429, bgNbd.GetProperty("logLikelihood").GetDouble());
        Assert.Equal(2_357, bgNbd.GetProperty("sampleSize").GetInt32());

        var gammaGamma = report.GetProperty("gammaGamma");
        Within.OnePercent(Cdnow.PublishedGammaGamma.P, gammaGamma.GetProperty("p").GetDouble());
        Within.OnePercent(Cdnow.PublishedGammaGamma.Q, gammaGamma.GetProperty("q").GetDouble());
        Within.OnePercent(Cdnow.PublishedGammaGamma.V, gammaGamma.GetProperty("v").GetDouble());
        Within.OnePercent(-4055.92, gammaGamma.GetProperty("logLikelihood").GetDouble());
        Assert.Equal(946, gammaGamma.GetProperty("sampleSize").GetInt32());

        var top = report.GetProperty("topCustomers").EnumerateArray().ToArray();
        Assert.Equal(10, top.Length);
        Assert.Equal(top.Select(c => c.GetProperty("clv").GetDouble()).OrderDescending(), top.Select(c => c.GetProperty("clv").GetDouble()));
        var customer1516 = Assert.Single(top, c => c.GetProperty("customerId").GetString() == "1516");
        Within.OnePercent(0.9688523, customer1516.GetProperty("probabilityAlive").GetDouble());
    }

    [Fact]
    public void Column_options_a_semicolon_delimiter_and_compact_dates_give_the_same_fit()
    {
        var csv = files.WriteCdnow("cdnow-semicolon.csv", "client;day;total", ';', "yyyyMMdd");

        var (exitCode, stdout, stderr) = Saas.Run("analyze", csv, "--customer-column", "client", "--date-column", "day",
            "--amount-column", "total", "--as-of", "1997-09-30", "--format", "json");

        Assert.True(exitCode == 0, stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(CalibrationRows, report.GetProperty("transactions").GetInt32());
        Within.OnePercent(Cdnow.PublishedBgNbd.R, report.GetProperty("bgnbd").GetProperty("r").GetDouble());
        Within.OnePercent(Cdnow.PublishedGammaGamma.P, report.GetProperty("gammaGamma").GetProperty("p").GetDouble());
    }

    [Fact]
    public void Without_as_of_the_analysis_runs_to_the_last_date_in_the_file()
    {
        var csv = files.WriteCdnow("cdnow-tab.csv", "customer_id\tdate\tamount", '\t', "yyyy-MM-dd");

        var (exitCode, stdout, stderr) = Saas.Run("analyze", csv, "--format", "json", "--top", "3");

        Assert.True(exitCode == 0, stderr);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("1998-06-30", report.GetProperty("asOf").GetString());
        Assert.Equal(6_919, report.GetProperty("transactions").GetInt32());
        Assert.Equal(3, report.GetProperty("topCustomers").GetArrayLength());
    }

    [Fact]
    public void The_text_report_names_the_counts_segments_fits_and_top_customers()
    {
        var csv = files.WriteCdnow("cdnow-text.csv", "customer_id,date,amount", ',', "yyyy-MM-dd");

        var (exitCode, stdout, stderr) = Saas.Run("analyze", csv, "--as-of", "1997-09-30", "--top", "5");

        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("Customers     2,357", lines);
        Assert.Contains("Transactions  4,960", lines);
        Assert.Contains("As of         1997-09-30 (model periods: weeks)", lines);
        Assert.Contains(lines, l => l.StartsWith("Champions ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("BG/NBD        r=0.2426  alpha=4.4136  a=0.7929  b=2.4259  log-likelihood=-9582.43", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Gamma-Gamma   p=6.2496  q=3.7442  v=15.4435  log-likelihood=-4055.92", StringComparison.Ordinal));
        Assert.Contains("Top 5 customers by 12-month CLV (annual discount rate 10%)", lines);
        var table = lines.SkipWhile(l => !l.StartsWith("customer ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(5, table.Length);
        Assert.Contains(table, l => l.StartsWith("1516 ", StringComparison.Ordinal));
    }
}
