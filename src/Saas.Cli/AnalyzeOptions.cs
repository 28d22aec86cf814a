using Saas.Domain.Clv;

namespace Saas.Cli;

internal enum OutputFormat
{
    Text,
    Json,
}

internal sealed record CsvColumns(string Customer, string Date, string Amount);

internal sealed record AnalyzeOptions(
    string File,
    CsvColumns Columns,
    DateOnly? AsOf,
    PeriodUnit Period,
    int Top,
    double DiscountRate,
    OutputFormat Format);
