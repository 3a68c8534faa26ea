using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Reporting.Interop;

/// <summary>What the FHIR and HL7 v2 writers need besides the report version itself.</summary>
public sealed record InteropExtras
{
    /// <summary>The deployment's gene table, for HGNC ids in gene codings; without it genes are written by symbol only.</summary>
    public GeneCatalog? Genes { get; init; }

    /// <summary>
    /// The signed PDF of the version (its printed form): FHIR DiagnosticReport.presentedForm, HL7 v2 OBX of type ED.
    /// Only signed versions carry it; a draft's PDF is never sent as the report.
    /// </summary>
    public ReadOnlyMemory<byte>? SignedPdf { get; init; }

    /// <summary>The PDF's file name, as the PDF endpoint names it.</summary>
    public string? SignedPdfFileName { get; init; }
}
