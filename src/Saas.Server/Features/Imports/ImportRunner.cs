using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace Saas.Server.Features.Imports;

public sealed record ImportJob(string TenantId, string ImportId);

/// <summary>
/// Runs started imports one at a time on this node: streams the stored file through the CSV parser (on a thread of
/// its own), checks each row, COPYs the good ones into staging and the bad ones (line, reason, raw text) into
/// import_bad_rows, reports progress twice a second, then turns the staged rows into events. Memory stays flat: one
/// file chunk, a few batches of records and one customer's orders at a time.
/// </summary>
public sealed partial class ImportRunner(
    NpgsqlDataSource db, ImportedHistory history, ImportProgressReporter reporter, TimeProvider time, ILogger<ImportRunner> logger) : BackgroundService
{
    private const int MaxRawLength = 4_096;
    private static readonly string[] Staging = ["import_order_rows", "import_customer_rows"];
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMilliseconds(500);
    /// <summary>Well within the minute after which a silent import may be started again elsewhere.</summary>
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(10);
    private readonly Channel<ImportJob> _jobs = Channel.CreateUnbounded<ImportJob>();

    public void Enqueue(ImportJob job) => _jobs.Writer.TryWrite(job);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _jobs.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
            }
            catch (DecoderFallbackException)
            {
                await DeleteRowsAsync(job, CancellationToken.None, Staging);
                await reporter.ReportAsync(job.TenantId, job.ImportId, "state = 'failed', error = $3, finished_at = now()",
                    [$"The file is not UTF-8 throughout (its first {CsvSniffer.SampleBytes / 1024} KiB were): save it as UTF-8 or GB18030 and upload it again."],
                    CancellationToken.None);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogImportFailed(logger, job.TenantId, job.ImportId, ex);
                await DeleteRowsAsync(job, CancellationToken.None, Staging);
                await reporter.ReportAsync(job.TenantId, job.ImportId, "state = 'failed', error = $3, finished_at = now()",
                    ["The import stopped on an unexpected error; start it again to go on where it stopped."], CancellationToken.None);
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var spec = await ReadSpecAsync(job, ct);
        await DeleteRowsAsync(job, ct, [.. Staging, "import_bad_rows"]);
        var (rows, bad) = await StageAsync(job, spec, ct);
        var staged = clock.Elapsed;
        await reporter.ReportAsync(job.TenantId, job.ImportId, "rows_read = $3, bad_rows = $4, bytes_read = size_bytes", [rows, bad], ct);
        AppliedImport applied;
        using (var beating = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var heartbeat = HeartbeatAsync(job, beating.Token);
            try
            {
                applied = spec.Kind == ImportKinds.Orders
                    ? await history.ApplyOrdersAsync(job.TenantId, job.ImportId, spec.Sha256, ct)
                    : await history.ApplyCustomersAsync(job.TenantId, job.ImportId, spec.Sha256, ct);
            }
            finally
            {
                await beating.CancelAsync();
                await heartbeat;
            }
        }
        var appended = clock.Elapsed;
        await DeleteRowsAsync(job, ct, [.. Staging, "import_file_chunks"]);
        LogImported(logger, job.TenantId, job.ImportId, rows, bad, staged.TotalSeconds, (appended - staged).TotalSeconds, (clock.Elapsed - appended).TotalSeconds);
        await reporter.ReportAsync(job.TenantId, job.ImportId,
            "state = 'completed', orders = $3, new_orders = $4, customers = $5, finished_at = now()",
            [applied.Orders, applied.NewOrders, applied.Customers], ct);
    }

    /// <summary>While the staged rows are applied, which may take minutes and reports no count, shows the import is alive.</summary>
    private async Task HeartbeatAsync(ImportJob job, CancellationToken ct)
    {
        using var beat = new PeriodicTimer(HeartbeatEvery, time);
        try
        {
            while (await beat.WaitForNextTickAsync(ct))
            {
                try
                {
                    await reporter.ReportAsync(job.TenantId, job.ImportId, "bytes_read = size_bytes", [], ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // A missed beat is not the import's failure: the next one, ten seconds on, tries again.
                    LogHeartbeatFailed(logger, job.TenantId, job.ImportId, ex);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task<(long Rows, long Bad)> StageAsync(ImportJob job, ImportSpec spec, CancellationToken ct)
    {
        await using var file = await ImportFiles.OpenAsync(db, job.TenantId, job.ImportId, ct);
        using var text = new StreamReader(file, CsvSniffer.EncodingOf(spec.Encoding), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        await using var rowsConnection = await db.OpenConnectionAsync(ct);
        await using var badConnection = await db.OpenConnectionAsync(ct);
        var staging = ImportStaging.For(spec.Kind, spec.Currency);
        await using var rows = await rowsConnection.BeginBinaryImportAsync(staging.CopyCommand, ct);
        await using var bad = await badConnection.BeginBinaryImportAsync(
            "COPY import_bad_rows (tenant_id, import_id, line, reason, raw) FROM STDIN (FORMAT BINARY)", ct);
        var values = new CsvValues(spec.Mapping, time.GetUtcNow());
        var clock = Stopwatch.StartNew();
        var nextReport = ReportEvery;
        long read = 0, badRows = 0;
        using var stopParsing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var (batches, parsing) = CsvRecordReader.Start(file, text, spec.Delimiter, stopParsing.Token);
        try
        {
            await foreach (var batch in batches.ReadAllAsync(ct))
            {
                foreach (var (record, line, raw) in batch.Records)
                {
                    read++;
                    string? reason;
                    if (record.Length != spec.Columns) reason = $"expected {spec.Columns} fields, found {record.Length}";
                    else
                    {
                        values.Load(record);
                        reason = staging.Stage(values, rows, job.TenantId, job.ImportId, line);
                    }
                    if (reason is null) continue;
                    badRows++;
                    var trimmed = raw.TrimEnd('\r', '\n');
                    await bad.WriteRowAsync(ct, job.TenantId, job.ImportId, line, reason, trimmed.Length > MaxRawLength ? trimmed[..MaxRawLength] : trimmed);
                }
                if (clock.Elapsed < nextReport) continue;
                ct.ThrowIfCancellationRequested();
                nextReport = clock.Elapsed + ReportEvery;
                await reporter.ReportAsync(job.TenantId, job.ImportId, "rows_read = $3, bad_rows = $4, bytes_read = $5", [read, badRows, batch.BytesRead], ct);
            }
        }
        catch
        {
            // The parser may be waiting for room, or reading the file about to be closed: it stops, and this error is the one reported.
            await stopParsing.CancelAsync();
            await parsing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
        await parsing; // a file that turned out not to be UTF-8 fails here
        await rows.CompleteAsync(ct);
        await bad.CompleteAsync(ct);
        return (read, badRows);
    }

    private async Task<ImportSpec> ReadSpecAsync(ImportJob job, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            "SELECT kind, encoding, delimiter, cardinality(header), mapping::text, sha256, currency FROM imports WHERE tenant_id = $1 AND id = $2");
        cmd.Parameters.AddWithValue(job.TenantId);
        cmd.Parameters.AddWithValue(job.ImportId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"Import {job.ImportId} of {job.TenantId} is gone.");
        return new ImportSpec(reader.GetString(0), reader.GetString(1), reader.GetString(2)[0], reader.GetInt32(3),
            JsonSerializer.Deserialize<Dictionary<string, int>>(reader.GetString(4))!, reader.GetString(5), reader.GetString(6));
    }

    /// <summary>
    /// Deletes this import's rows from these tables: its staging after a run or a failure, its bad rows before a run
    /// (a run again starts clean), its file once it completed (a failed import keeps it, to be started again).
    /// </summary>
    private async Task DeleteRowsAsync(ImportJob job, CancellationToken ct, params string[] tables)
    {
        await using var batch = db.CreateBatch();
        foreach (var table in tables)
        {
            var command = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE tenant_id = $1 AND import_id = $2");
            command.Parameters.AddWithValue(job.TenantId);
            command.Parameters.AddWithValue(job.ImportId);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private sealed record ImportSpec(string Kind, string Encoding, char Delimiter, int Columns, Dictionary<string, int> Mapping, string Sha256, string Currency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} of tenant {TenantId}: {Rows} rows ({Bad} bad) staged in {StagedSeconds:F1} s, " +
                                                          "events appended in {AppendSeconds:F1} s, staging emptied in {CleanupSeconds:F1} s")]
    private static partial void LogImported(ILogger logger, string tenantId, string importId, long rows, long bad, double stagedSeconds, double appendSeconds, double cleanupSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId} of tenant {TenantId} could not report that it is alive")]
    private static partial void LogHeartbeatFailed(ILogger logger, string tenantId, string importId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} of tenant {TenantId} failed")]
    private static partial void LogImportFailed(ILogger logger, string tenantId, string importId, Exception exception);
}
