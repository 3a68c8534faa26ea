using OmicsReports.Ingest.Formats.Bundle;
using OmicsReports.Ingest.Formats.Cbioportal;
using OmicsReports.Ingest.Formats.CopyNumber;
using OmicsReports.Ingest.Formats.Matrix;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Formats.Clinical;
using OmicsReports.Ingest.Formats.Fhir;
using OmicsReports.Ingest.Formats.Maf;
using OmicsReports.Ingest.Formats.PharmCat;
using OmicsReports.Ingest.Formats.Tsv;
using OmicsReports.Ingest.Formats.Vcf;

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
        new VcfReader(),
        new StarFusionReader(),
        new FusionGeneTableReader(),
        new ExpressionTableReader(),
        new AlleleSpecificSegmentReader(),
        new PharmCatReportReader(),
        new OutsideCallReader(),
        new FhirReader(),
    ];

    public static IReadOnlyList<IFolderReader> FolderReaders() =>
    [
        new StudyFolderReader(),
        new FhirFolderReader(),
    ];
}
