namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>Whether a transcript is the gene's MANE Select or one of the alternates files also use.</summary>
public enum TranscriptRole
{
    ManeSelect,
    Alternate,
}

/// <summary>One exon in c. coordinates: its first and last transcript base and the codons its coding part spans.</summary>
/// <param name="FirstCodon">The first codon with a base in the exon; null for an exon entirely in a UTR.</param>
public sealed record TranscriptExon(int Number, CodingPosition Start, CodingPosition End, int? FirstCodon, int? LastCodon)
{
    /// <summary>True for a transcript base (no intronic offset) inside the exon.</summary>
    public bool Contains(CodingPosition position) =>
        !position.IsIntronic && position.Order >= Start.Order && position.Order <= End.Order;

    public bool HasCodon(int codon) => FirstCodon <= codon && codon <= LastCodon;
}

/// <summary>
/// A transcript of <c>knowledge/reference/transcripts.tsv</c>: its accessions and exons in transcript order. Exon
/// numbers follow the transcript (MANE numbering for the MANE Select).
/// </summary>
public sealed record TranscriptModel
{
    public required string Gene { get; init; }

    public required TranscriptRole Role { get; init; }

    /// <summary>Why the table holds it: "MANE Select", "MSK-IMPACT isoform", "UniProt canonical isoform", ...</summary>
    public required string SelectedBy { get; init; }

    /// <summary>RefSeq accession, with its version when the source gave one (e.g. "NM_000245.4").</summary>
    public required string RefSeq { get; init; }

    /// <summary>Ensembl accession, e.g. "ENST00000397752.8"; null when the source gave none.</summary>
    public string? Ensembl { get; init; }

    public required IReadOnlyList<TranscriptExon> Exons { get; init; }

    /// <summary>Amino acids of the protein (the stop codon excluded).</summary>
    public int ProteinLength => Exons.Max(e => e.LastCodon ?? 0);

    /// <summary>What a report names, e.g. "NM_000245.4 (MANE Select)".</summary>
    public string Label => $"{RefSeq} ({SelectedBy})";

    /// <summary>True when <paramref name="accession"/> names this transcript, with or without a version.</summary>
    public bool IsNamed(string accession) =>
        SameAccession(RefSeq, accession) || (Ensembl is { } ensembl && SameAccession(ensembl, accession));

    /// <summary>The exon holding a transcript base (no intronic offset); null outside the transcript.</summary>
    public TranscriptExon? ExonAt(CodingPosition position)
    {
        foreach (var exon in Exons)
        {
            if (exon.Contains(position))
            {
                return exon;
            }
        }

        return null;
    }

    /// <summary>The accession without its version: "NM_000245.4" gives "NM_000245".</summary>
    public static string WithoutVersion(string accession)
    {
        ArgumentNullException.ThrowIfNull(accession);
        var dot = accession.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? accession[..dot] : accession;
    }

    private static bool SameAccession(string a, string b) =>
        string.Equals(WithoutVersion(a), WithoutVersion(b.Trim()), StringComparison.OrdinalIgnoreCase);
}
