using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Harmonization.Transcripts;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>The shipped transcripts.tsv, read once, and a locator on it.</summary>
internal static class ShippedTranscripts
{
    private static readonly Lazy<ReferenceTable<TranscriptModel>> LazyTable =
        new(() => TranscriptTableReader.ReadFile(RepositoryFolder.ReferenceFile(TranscriptTableReader.FileName)));

    private static readonly Lazy<TranscriptCatalog> LazyCatalog = new(() => new TranscriptCatalog(LazyTable.Value.RowsOrThrow()));

    public static ReferenceTable<TranscriptModel> Table => LazyTable.Value;

    public static TranscriptCatalog Catalog => LazyCatalog.Value;

    public static VariantLocator Locator { get; } = new(Catalog);

    /// <summary>Derives a location the way the importer does, from c. and p. text as a file writes them.</summary>
    public static VariantLocation? Locate(string gene, string? hgvsc, string? hgvsp = null, string? transcript = null, int? fileExon = null, int? fileIntron = null)
    {
        var variant = new SmallVariant
        {
            Gene = gene,
            HgvsC = hgvsc,
            Protein = ProteinNotation.Parse(hgvsp),
            Transcript = transcript,
            Exon = fileExon,
            Intron = fileIntron,
            Source = new SourceLocation("test", 1),
        };
        return Locator.Locate(variant).Location;
    }
}
