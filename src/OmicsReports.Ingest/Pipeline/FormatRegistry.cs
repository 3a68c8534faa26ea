using OmicsReports.Ingest.Formats.Bundle;
using OmicsReports.Ingest.Formats.Cbioportal;
using OmicsReports.Ingest.Formats.CopyNumber;
using OmicsReports.Ingest.Formats.Matrix;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Formats.Clinical;
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
        new CaseBundleReader(),
        new ClinicalReader(),
        new MafReader(),
        new DiscreteCnaMatrixReader(),
        new DiscreteCnaLongReader(),
        new SegmentReader(),
        new CbioportalSvReader(),
        new FusionListReader(),
    ];

    public static IReadOnlyList<IFolderReader> FolderReaders() =>
    [
        new StudyFolderReader(),
    ];
}
