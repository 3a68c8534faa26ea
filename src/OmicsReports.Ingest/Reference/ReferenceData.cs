using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Harmonization.Transcripts;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// The harmonization tables shipped in <c>knowledge/reference/</c>, loaded once at start-up and shared (the
/// catalogs are immutable after construction). A broken table stops start-up with every located error.
/// </summary>
public sealed record ReferenceData(GeneCatalog Genes, string GenesVersion, OncoTree OncoTree)
{
    /// <summary>MANE Select and alternate transcripts with their exons (transcripts.tsv); empty when the folder has none.</summary>
    public TranscriptCatalog Transcripts { get; init; } = TranscriptCatalog.Empty;

    /// <summary>The folder inside the deployment's knowledge base that holds the tables.</summary>
    public const string FolderName = "reference";

    /// <summary>Loads the tables from <paramref name="referenceFolder"/> (e.g. "&lt;home&gt;/knowledge/reference").</summary>
    /// <exception cref="InvalidDataException">A table is malformed; the message lists every located error.</exception>
    public static ReferenceData Load(string referenceFolder)
    {
        var genes = GeneTableReader.ReadFile(Path.Combine(referenceFolder, GeneTableReader.FileName));
        var catalog = new GeneCatalog(genes.RowsOrThrow());
        var version = genes.Metadata.TryGetValue("version", out var v) ? v : "unversioned";
        var transcripts = Path.Combine(referenceFolder, TranscriptTableReader.FileName);
        return new ReferenceData(catalog, version, OncoTreeReader.Load(referenceFolder))
        {
            // A folder without the table (an older knowledge base) still harmonizes; exons are then not derived.
            Transcripts = File.Exists(transcripts) ? TranscriptTableReader.LoadCatalog(transcripts) : TranscriptCatalog.Empty,
        };
    }
}
