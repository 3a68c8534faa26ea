namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// The transcripts of the reference table by gene (MANE Select first, then the alternates in table order) and by
/// accession with or without version. Immutable after construction and safe to share.
/// </summary>
public sealed class TranscriptCatalog
{
    private static readonly IReadOnlyList<TranscriptModel> None = [];
    private readonly Dictionary<string, List<TranscriptModel>> byGene = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TranscriptModel> byAccession = new(StringComparer.OrdinalIgnoreCase);

    public TranscriptCatalog(IEnumerable<TranscriptModel> transcripts, string version = "unversioned")
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        Version = version;
        foreach (var transcript in transcripts)
        {
            if (!byGene.TryGetValue(transcript.Gene, out var list))
            {
                byGene[transcript.Gene] = list = [];
            }

            list.Add(transcript);
            byAccession.TryAdd(TranscriptModel.WithoutVersion(transcript.RefSeq), transcript);
            if (transcript.Ensembl is { } ensembl)
            {
                byAccession.TryAdd(TranscriptModel.WithoutVersion(ensembl), transcript);
            }
        }

        foreach (var list in byGene.Values)
        {
            // MANE Select first; a stable sort keeps the alternates in the table's order.
            var ordered = list.OrderBy(t => t.Role).ToList();
            list.Clear();
            list.AddRange(ordered);
        }

        Count = byGene.Values.Sum(l => l.Count);
    }

    /// <summary>A catalog without transcripts: exons cannot be derived, splice sites and frames still can.</summary>
    public static TranscriptCatalog Empty { get; } = new([]);

    public string Version { get; }

    public int Count { get; }

    public IEnumerable<string> Genes => byGene.Keys;

    /// <summary>The gene's transcripts, MANE Select first; empty when the table has none.</summary>
    public IReadOnlyList<TranscriptModel> Of(string gene) => byGene.TryGetValue(gene, out var list) ? list : None;

    /// <summary>The transcript an accession names (version ignored), or null.</summary>
    public TranscriptModel? Find(string accession)
    {
        ArgumentNullException.ThrowIfNull(accession);
        return byAccession.GetValueOrDefault(TranscriptModel.WithoutVersion(accession.Trim()));
    }
}
