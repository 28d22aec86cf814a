using System.Threading.Channels;
using CsvHelper;

namespace Saas.Server.Features.Imports;

/// <summary>One record of a file: its fields, the line it starts on (the header is line 1) and its text as read.</summary>
public readonly record struct CsvRecord(string[] Fields, long Line, string Raw);

/// <summary>Records read so far, with how many bytes of the file that took.</summary>
public sealed record CsvBatch(List<CsvRecord> Records, long BytesRead);

/// <summary>
/// Parses a stored file on a thread of its own and hands its records on in batches, so that checking and writing
/// them runs on another core: on one thread, a large file kept one core busy and left the other idle.
/// </summary>
public static class CsvRecordReader
{
    private const int RecordsPerBatch = 1_000;
    /// <summary>Batches parsed ahead of the writer: enough to smooth the two out, few enough to keep memory flat.</summary>
    private const int BatchesAhead = 4;

    /// <summary>
    /// Starts parsing; the channel completes after the last record, and the task fails if parsing did. The caller keeps
    /// the file and its reader, and closes them once the task has ended.
    /// </summary>
    public static (ChannelReader<CsvBatch> Batches, Task Parsing) Start(Stream file, TextReader text, char delimiter, CancellationToken ct)
    {
        var batches = Channel.CreateBounded<CsvBatch>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var parsing = Task.Run(async () =>
        {
            try
            {
                using var parser = new CsvParser(text, CsvSniffer.Configuration(delimiter), leaveOpen: true);
                parser.Read(); // the header
                var records = new List<CsvRecord>(RecordsPerBatch);
                while (parser.Read())
                {
                    var raw = parser.RawRecord;
                    records.Add(new CsvRecord(parser.Record!, LineOf(parser.RawRow, raw), raw));
                    if (records.Count < RecordsPerBatch) continue;
                    await batches.Writer.WriteAsync(new CsvBatch(records, file.Position), ct);
                    records = new List<CsvRecord>(RecordsPerBatch);
                }
                await batches.Writer.WriteAsync(new CsvBatch(records, file.Position), ct);
            }
            finally
            {
                batches.Writer.Complete();
            }
        }, ct);
        return (batches.Reader, parsing);
    }

    /// <summary>The line a record ending on <paramref name="lastLine"/> starts on, however many lines its quoted fields span.</summary>
    private static long LineOf(long lastLine, string raw) => lastLine - raw.AsSpan().TrimEnd("\r\n").Count('\n');
}
