using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Features.Imports;

public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>The largest file an owner may upload; a larger body is refused with 413 and nothing is stored.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;
}
