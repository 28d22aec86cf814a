namespace Saas.Cli.Tests;

public sealed class AnalyzeErrorTests(TransactionFiles files) : IClassFixture<TransactionFiles>
{
    [Fact]
    public void A_bad_amount_stops_with_its_line_number()
    {
        var csv = files.Write("bad-amount.csv", "customer_id,date,amount\nc1,2024-01-01,10.00\nc1,2024-01-05,12.50\nc2,2024-01-07,twelve\n");

        var (exitCode, stdout, stderr) = Saas.Run("analyze", csv);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains("line 4", stderr);
        Assert.Contains("bad amount 'twelve' in column 'amount'", stderr);
    }

    [Fact]
    public void A_bad_date_stops_with_its_line_number()
    {
        var csv = files.Write("bad-date.csv", "customer_id,date,amount\nc1,2024-01-01,10.00\nc1,05/01/2024,12.50\n");

        var (exitCode, _, stderr) = Saas.Run("analyze", csv);

        Assert.Equal(2, exitCode);
        Assert.Contains("line 3: bad date '05/01/2024' in column 'date'", stderr);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var csv = files.Write("no-amount.csv", "customer_id,date,total\nc1,2024-01-01,10.00\n");

        var (exitCode, _, stderr) = Saas.Run("analyze", csv);

        Assert.Equal(2, exitCode);
        Assert.Contains("line 1: no column 'amount' in the header (customer_id, date, total)", stderr);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var (exitCode, _, stderr) = Saas.Run("analyze", "/nonexistent/transactions.csv");

        Assert.Equal(2, exitCode);
        Assert.Contains("/nonexistent/transactions.csv: no such file", stderr);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyse", "file.csv")]
    [InlineData("analyze", "file.csv", "--period", "months")]
    [InlineData("analyze", "file.csv", "--top", "0")]
    [InlineData("analyze", "file.csv", "--as-of", "30.09.1997")]
    [InlineData("analyze", "file.csv", "--colour", "red")]
    [InlineData("analyze", "file.csv", "--format")]
    public void Bad_arguments_exit_with_2(params string[] args)
    {
        var (exitCode, stdout, stderr) = Saas.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("saas: ", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    public void Help_prints_the_usage(params string[] args)
    {
        var (exitCode, stdout, _) = Saas.Run(args);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Usage: saas analyze FILE [options]", stdout);
        Assert.Contains("--discount-rate RATE", stdout);
    }

    [Fact]
    public void A_file_without_repeat_purchases_cannot_be_fitted()
    {
        var csv = files.Write("one-offs.csv", "customer_id,date,amount\nc1,2024-01-01,10.00\nc2,2024-01-05,12.50\n");

        var (exitCode, _, stderr) = Saas.Run("analyze", csv);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("saas: ", stderr);
    }
}
