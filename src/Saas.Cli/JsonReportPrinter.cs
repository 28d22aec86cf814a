using System.Text.Json;

namespace Saas.Cli;

internal static class JsonReportPrinter
{
    public static void Print(AnalysisReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("customers", report.Customers);
            json.WriteNumber("transactions", report.Transactions);
            json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd"));
            json.WriteString("period", report.Period.ToString().ToLowerInvariant());

            json.WriteStartObject("segments");
            foreach (var (segment, count) in report.Segments) json.WriteNumber(segment.ToString(), count);
            json.WriteEndObject();

            var (r, alpha, a, b) = report.BgNbd.Parameters;
            json.WriteStartObject("bgnbd");
            WriteNumbers(json, ("r", r), ("alpha", alpha), ("a", a), ("b", b), ("logLikelihood", report.BgNbd.LogLikelihood));
            json.WriteNumber("sampleSize", report.BgNbd.SampleSize);
            json.WriteEndObject();

            var (p, q, v) = report.GammaGamma.Parameters;
            json.WriteStartObject("gammaGamma");
            WriteNumbers(json, ("p", p), ("q", q), ("v", v), ("logLikelihood", report.GammaGamma.LogLikelihood));
            json.WriteNumber("sampleSize", report.GammaGamma.SampleSize);
            json.WriteEndObject();

            json.WriteStartArray("topCustomers");
            foreach (var c in report.TopCustomers)
            {
                json.WriteStartObject();
                json.WriteString("customerId", c.CustomerId);
                WriteNumbers(json, ("clv", c.Clv), ("probabilityAlive", c.ProbabilityAlive), ("expectedPurchases30", c.ExpectedPurchases30),
                    ("expectedPurchases90", c.ExpectedPurchases90), ("expectedPurchases365", c.ExpectedPurchases365), ("expectedSpend", c.ExpectedSpend));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>JSON has no infinity or NaN, which a fit with q at or below 1 (an infinite mean spend) can produce: they are written as null.</summary>
    private static void WriteNumbers(Utf8JsonWriter json, params (string Name, double Value)[] numbers)
    {
        foreach (var (name, value) in numbers)
        {
            if (double.IsFinite(value)) json.WriteNumber(name, value);
            else json.WriteNull(name);
        }
    }
}
