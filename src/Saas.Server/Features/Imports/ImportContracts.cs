namespace Saas.Server.Features.Imports;

public static class ImportStates
{
    public const string Uploaded = "uploaded";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

/// <summary>An import as the owner sees it: the file's shape, the mapping, and how far the import has come.</summary>
public sealed record ImportDetail(
    string Id,
    string Kind,
    string FileName,
    string State,
    long SizeBytes,
    string Encoding,
    string Delimiter,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Sample,
    IReadOnlyList<ImportFieldInfo> Fields,
    IReadOnlyDictionary<string, int> Mapping,
    ImportProgress Progress,
    DateTimeOffset CreatedAt);

public sealed record ImportFieldInfo(string Key, bool Required);

/// <summary>
/// How far an import has come: rows read, bad rows, the share of the file's bytes read, the pace and the time
/// left; at the end, the orders and customers the file held and how many orders were new. Stalled: running, but
/// silent for a minute (its node stopped); it can be started again.
/// </summary>
public sealed record ImportProgress(
    string ImportId,
    string State,
    long RowsRead,
    long BadRows,
    long BytesRead,
    long SizeBytes,
    double Percent,
    double RowsPerSecond,
    double? SecondsLeft,
    long Orders,
    long NewOrders,
    long Customers,
    string? Error,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    bool Stalled);

/// <summary>One line of the imports' history.</summary>
public sealed record ImportSummary(string Id, string Kind, string FileName, string State, long SizeBytes, ImportProgress Progress, DateTimeOffset CreatedAt);

/// <summary>The mapping the owner confirmed (field key to column position, from 0) and the currency of rows that name none.</summary>
public sealed record StartImportRequest(Dictionary<string, int>? Mapping, string? Currency = null);
