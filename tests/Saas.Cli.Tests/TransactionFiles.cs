using System.Globalization;
using Saas.Domain.Tests.Clv;

namespace Saas.Cli.Tests;

/// <summary>Transactions CSV files in a temporary folder, deleted with it.</summary>
public sealed class TransactionFiles : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("saas-cli-tests-");

    public string Write(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>CDNOW_sample.txt as a CSV: the sample id as customer, the date in <paramref name="dateFormat"/>, the dollars as amount.</summary>
    public string WriteCdnow(string name, string header, char delimiter, string dateFormat)
    {
        var lines = File.ReadLines(Path.Combine(Cdnow.Folder, "CDNOW_sample.txt"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => string.Join(delimiter,
                int.Parse(f[1], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture).ToString(dateFormat, CultureInfo.InvariantCulture),
                f[4]));
        return Write(name, string.Join('\n', lines.Prepend(header)) + "\n");
    }

    public void Dispose() => folder.Delete(recursive: true);
}
