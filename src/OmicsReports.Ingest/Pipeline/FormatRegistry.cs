using OmicsReports.Ingest.Formats.Maf;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Every reader OmicsReports has. Add a new format here; detection order does not matter because the strongest
/// <see cref="Detection"/> wins and ties are reported.
/// </summary>
public static class FormatRegistry
{
    public static IReadOnlyList<IFormatReader> FileReaders() =>
    [
        new MafReader(),
    ];

    public static IReadOnlyList<IFolderReader> FolderReaders() =>
    [
    ];
}
