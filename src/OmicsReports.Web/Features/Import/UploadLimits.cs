using System.Globalization;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Web.Features.Import;

/// <summary>
/// What one web upload may hold. The import and the rules engine are linear in the input (docs/performance.md: a
/// 100,000-variant case imports and distils in a few seconds), so these bounds keep one upload within seconds of
/// work and a few hundred MB of memory on a 2-core server; larger studies are imported in parts or with
/// <c>omics report</c>.
/// </summary>
public static class UploadLimits
{
    public const int MaxFiles = 20;

    /// <summary>Bytes uploaded, all files together (compressed as uploaded).</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>Cases (samples) one upload may create.</summary>
    public const int MaxCases = 1_000;

    /// <summary>Small variants one case may hold.</summary>
    public const int MaxVariantsPerCase = 100_000;

    /// <summary>What an uploaded zip archive may unpack to.</summary>
    public static ArchiveLimits Archive { get; } = new(1024L * 1024 * 1024, 2_000);

    /// <summary>The limits in words, for the upload form.</summary>
    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"up to {MaxFiles} files and {MaxBytes / 1024 / 1024} MB in total; at most {MaxCases:N0} cases per upload and {MaxVariantsPerCase:N0} variants per case");
}
