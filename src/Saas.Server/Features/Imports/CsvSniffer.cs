using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Saas.Server.Features.Imports;

/// <summary>What the first bytes of a file say about it: its encoding, its delimiter, its header and a few rows.</summary>
public sealed record CsvShape(string Encoding, char Delimiter, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Sample);

/// <summary>
/// Reads the shape of a CSV file from its first bytes. UTF-8 (with or without a byte-order mark) is taken when the
/// bytes decode as UTF-8; anything else is read as GB18030, the superset of GBK and GB2312 that Chinese
/// spreadsheets save. The delimiter is the candidate that splits the first lines into the same number of fields.
/// </summary>
public static class CsvSniffer
{
    public const int SampleBytes = 64 * 1024;
    public const string Utf8 = "utf-8";
    public const string Utf8WithBom = "utf-8-bom";
    public const string Gb18030 = "gb18030";
    private const int SampleRows = 5;
    private const int DelimiterLines = 20;
    private static readonly char[] Candidates = [',', ';', '\t', '|'];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    static CsvSniffer() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 is strict: a file whose later bytes are not UTF-8 fails its import rather than importing garbled text.</summary>
    public static Encoding EncodingOf(string name) => name == Gb18030
        ? System.Text.Encoding.GetEncoding("GB18030")
        : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="sample">The file's first bytes (up to <see cref="SampleBytes"/>).</param>
    /// <param name="complete">Whether the sample is the whole file (else its last, perhaps cut, line is ignored).</param>
    /// <returns>The shape, or null when the sample has no header line.</returns>
    public static CsvShape? Sniff(ReadOnlySpan<byte> sample, bool complete)
    {
        var encoding = DetectEncoding(sample);
        var body = encoding == Utf8WithBom ? sample[Bom.Length..] : sample;
        if (!complete && body.LastIndexOf((byte)'\n') is var end and >= 0) body = body[..(end + 1)];
        var text = EncodingOf(encoding).GetString(body);
        var delimiter = DetectDelimiter(text);
        var records = ReadRecords(text, delimiter, SampleRows + 1);
        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace)) return null;
        return new CsvShape(encoding, delimiter, records[0].Select(h => h.Trim()).ToArray(), records.Skip(1).ToArray());
    }

    public static CsvConfiguration Configuration(char delimiter) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = delimiter.ToString(),
        HasHeaderRecord = false,
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = true,
        DetectColumnCountChanges = false,
    };

    private static string DetectEncoding(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith(Bom)) return Utf8WithBom;
        // A line feed is never inside a UTF-8 or GB18030 character, so cutting there never splits one.
        var whole = sample.LastIndexOf((byte)'\n') is var end and >= 0 && end < sample.Length - 1 ? sample[..(end + 1)] : sample;
        return System.Text.Unicode.Utf8.IsValid(whole) ? Utf8 : Gb18030;
    }

    /// <summary>The candidate found the same number of times (outside quotes) on most of the first lines, the most often.</summary>
    private static char DetectDelimiter(string text)
    {
        var lines = text.Split('\n', DelimiterLines + 1).Take(DelimiterLines).Where(l => l.Trim().Length > 0).ToArray();
        if (lines.Length == 0) return ',';
        return Candidates
            .Select(c => (Delimiter: c, Counts: lines.Select(l => CountOutsideQuotes(l, c)).ToArray()))
            .Where(c => c.Counts[0] > 0)
            .Select(c => (c.Delimiter, Agreeing: c.Counts.Count(n => n == c.Counts[0]), Fields: c.Counts[0]))
            .OrderByDescending(c => c.Agreeing).ThenByDescending(c => c.Fields)
            .Select(c => c.Delimiter)
            .DefaultIfEmpty(',')
            .First();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) count++;
        }
        return count;
    }

    private static List<string[]> ReadRecords(string text, char delimiter, int max)
    {
        using var parser = new CsvParser(new StringReader(text), Configuration(delimiter));
        var records = new List<string[]>();
        while (records.Count < max && parser.Read()) records.Add(parser.Record ?? []);
        return records;
    }
}
