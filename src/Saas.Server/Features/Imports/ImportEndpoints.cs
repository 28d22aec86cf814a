using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Saas.Server.Features.Identity;
using Saas.Server.Infrastructure.Postgres;
using Saas.Server.Infrastructure.RateLimiting;

namespace Saas.Server.Features.Imports;

/// <summary>
/// <c>/api/v1/imports</c>: the owner uploads a customers or orders file (the raw CSV is the body), reads the
/// proposed column mapping, starts the import with the mapping confirmed, follows its progress, lists past imports
/// and downloads the bad rows. Everything runs inside the tenant's row-level-security scope.
/// </summary>
public static class ImportEndpoints
{
    private const int MaxFileNameLength = 200;
    private const string DefaultCurrency = "EUR";

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(IdentitySetup.TenantOwnerPolicy).RequireRateLimiting(RateLimits.Tenant);
        imports.MapPost("/", UploadAsync).AddEndpointFilter<AntiforgeryCheck>()
            .Accepts<string>("text/csv", "application/octet-stream")
            .WithSummary("Upload a customers or orders CSV file; the answer proposes a column mapping")
            .WithDescription("The body is the file itself (up to 2 GiB by default). The encoding (UTF-8 with or without BOM, else GB18030) " +
                             "and the delimiter (comma, semicolon, tab, pipe) are detected from its first lines.");
        imports.MapGet("/", ListAsync).WithSummary("The tenant's imports, newest first");
        imports.MapGet("/{id}", GetAsync).WithSummary("One import: its file, mapping and progress");
        imports.MapPost("/{id}/start", StartAsync).AddEndpointFilter<AntiforgeryCheck>()
            .WithSummary("Start an uploaded import with the confirmed column mapping, or start again one that failed or stopped progressing");
        imports.MapGet("/{id}/bad-rows", BadRowsAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The rows that were not imported, as CSV: line, reason, raw text");
        return api;
    }

    private static async Task<Results<Created<ImportDetail>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string? kind, string? fileName, HttpContext http, TenantScope scope, ImportQueries queries, IOptions<ImportOptions> options, CancellationToken ct)
    {
        if (!ImportKinds.IsKnown(kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [$"Say which file this is: kind={ImportKinds.Orders} or kind={ImportKinds.Customers}."] });
        }
        var name = string.IsNullOrWhiteSpace(fileName) ? $"{kind}.csv" : fileName.Trim();
        if (name.Length > MaxFileNameLength) name = name[..MaxFileNameLength];
        var max = options.Value.MaxFileBytes;
        if (http.Request.ContentLength > max) return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;

        var tenantId = SaasClaims.TenantOf(http.User)!;
        var id = Guid.NewGuid().ToString("N");
        await using var tx = await scope.BeginAsync(tenantId, ct);
        StoredFile? file;
        try
        {
            file = await ImportFiles.StoreAsync(tx, tenantId, id, http.Request.Body, max, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            file = null;
        }
        if (file is null) return TooLarge(max);
        if (NotCsv(file) is { } reason) return TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Not a CSV file");
        var shape = CsvSniffer.Sniff(file.Sample, complete: file.Size == file.Sample.Length);
        if (shape is null) return TypedResults.Problem("The file has no header line.", statusCode: StatusCodes.Status400BadRequest, title: "Not a CSV file");

        await using var insert = tx.Command("""
            INSERT INTO imports (tenant_id, id, kind, file_name, sha256, size_bytes, encoding, delimiter, header, sample, mapping, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, 'uploaded')
            """);
        foreach (var value in new object[] { tenantId, id, kind!, name, file.Sha256, file.Size, shape.Encoding, shape.Delimiter.ToString(), shape.Header.ToArray(),
                     JsonSerializer.Serialize(shape.Sample), JsonSerializer.Serialize(ColumnMapping.Propose(kind!, shape.Header)) })
        {
            insert.Parameters.AddWithValue(value);
        }
        await insert.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/v1/imports/{id}", await queries.GetAsync(tenantId, id, ct));
    }

    private static async Task<Ok<ImportSummary[]>> ListAsync(HttpContext http, ImportQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(SaasClaims.TenantOf(http.User)!, ct));

    private static async Task<Results<Ok<ImportDetail>, ProblemHttpResult>> GetAsync(string id, HttpContext http, ImportQueries queries, CancellationToken ct) =>
        await queries.GetAsync(SaasClaims.TenantOf(http.User)!, id, ct) is { } detail ? TypedResults.Ok(detail) : NotFound();

    private static async Task<Results<Accepted<ImportDetail>, ValidationProblem, ProblemHttpResult>> StartAsync(
        string id, StartImportRequest request, HttpContext http, TenantScope scope, ImportQueries queries, ImportRunner runner, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (await queries.GetAsync(tenantId, id, ct) is not { } import) return NotFound();
        var mapping = request.Mapping ?? [];
        var errors = ColumnMapping.Check(import.Kind, import.Header, mapping);
        var currency = (request.Currency ?? DefaultCurrency).Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter)) errors["currency"] = ["A three-letter ISO 4217 code, used for rows without a currency."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The mapping is not valid", detail: "Nothing was started; fix the fields listed.");

        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var start = tx.Command("""
            UPDATE imports SET state = 'running', mapping = $3::jsonb, currency = $4, started_at = now(), finished_at = NULL, error = NULL,
                               rows_read = 0, bad_rows = 0, bytes_read = 0, orders = 0, new_orders = 0, customers = 0
            WHERE tenant_id = $1 AND id = $2
              AND (state IN ('uploaded', 'failed') OR state = 'running' AND coalesce(progressed_at, started_at) < now() - $5::interval)
            """);
        foreach (var value in new object[] { tenantId, id, JsonSerializer.Serialize(mapping), currency, ImportProgressRow.StalledAfter }) start.Parameters.AddWithValue(value);
        if (await start.ExecuteNonQueryAsync(ct) == 0)
        {
            return TypedResults.Problem($"This import is {import.State}; only an uploaded or failed import, or one that stopped progressing, can be started.",
                statusCode: StatusCodes.Status409Conflict, title: "Import already started");
        }
        await tx.CommitAsync(ct);
        runner.Enqueue(new ImportJob(tenantId, id));
        return TypedResults.Accepted($"/api/v1/imports/{id}", await queries.GetAsync(tenantId, id, ct));
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> BadRowsAsync(
        string id, HttpContext http, TenantScope scope, ImportQueries queries, CancellationToken ct)
    {
        var tenantId = SaasClaims.TenantOf(http.User)!;
        if (await queries.GetAsync(tenantId, id, ct) is not { } import) return NotFound();
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"bad-rows-{id}.csv\"";
        await using var tx = await scope.BeginAsync(tenantId, ct);
        await using var cmd = tx.Command("SELECT line, reason, raw FROM import_bad_rows WHERE tenant_id = $1 AND import_id = $2 ORDER BY line");
        cmd.Parameters.AddWithValue(tenantId);
        cmd.Parameters.AddWithValue(import.Id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await using var text = new StreamWriter(http.Response.Body, leaveOpen: true);
        await using var csv = new CsvWriter(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var header in new[] { "line", "reason", "raw" }) csv.WriteField(header);
        await csv.NextRecordAsync();
        while (await reader.ReadAsync(ct))
        {
            csv.WriteField(reader.GetInt64(0));
            csv.WriteField(reader.GetString(1));
            csv.WriteField(reader.GetString(2));
            await csv.NextRecordAsync();
        }
        return TypedResults.Empty;
    }

    /// <summary>Zero bytes (UTF-16, spreadsheets, archives) never occur in a UTF-8 or GB18030 text file.</summary>
    private static string? NotCsv(StoredFile file) => file.Size == 0
        ? "The file is empty."
        : file.Sample.AsSpan().Contains((byte)0) ? "The file is not text: save it as CSV (UTF-8 or GB18030) and upload that." : null;

    private static ProblemHttpResult TooLarge(long max) => TypedResults.Problem(
        $"The file is larger than {max / (1024.0 * 1024 * 1024):0.##} GiB; split it and import the parts.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem("This tenant has no import with that id.", statusCode: StatusCodes.Status404NotFound, title: "Import not found");
}
