using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>What a hotspot entry covers.</summary>
public enum HotspotKind
{
    /// <summary>A curated entry of oncogenic.yaml: an exact change, or any substitution at the codon.</summary>
    Curated,

    /// <summary>A recurrent residue of a hotspot table: substitutions to the amino acids observed there.</summary>
    Missense,

    /// <summary>A recurrent stop codon at the residue.</summary>
    Nonsense,

    /// <summary>Recurrent in-frame deletions or insertions within a codon range.</summary>
    InFrameIndel,

    /// <summary>Recurrent splice-site changes at the codon next to an exon boundary.</summary>
    Splice,
}

/// <summary>
/// A change the knowledge base counts as oncogenic because it recurs: a curated entry (exact change, or any
/// substitution at a codon) or a row of a cited hotspot table (Cancer Hotspots).
/// </summary>
/// <param name="Change">Canonical one-letter change ("V600E") for curated exact entries; null otherwise.</param>
public sealed record Hotspot(string Gene, int Codon, string? Change, Reference Source)
{
    public HotspotKind Kind { get; init; } = HotspotKind.Curated;

    /// <summary>Last codon of an in-frame indel range; equal to <see cref="Codon"/> otherwise.</summary>
    public int End { get; init; } = Codon;

    /// <summary>Reference residue at the codon (one-letter), when the table gives it.</summary>
    public string? Reference { get; init; }

    /// <summary>New residues observed at a missense or nonsense hotspot ("*" for stop).</summary>
    public IReadOnlyList<string> Observed { get; init; } = [];

    /// <summary>Tumours carrying a change at the hotspot in the source cohort.</summary>
    public int? Tumours { get; init; }

    /// <summary>The transcript the source numbers codons on (Ensembl, without version).</summary>
    public string? Transcript { get; init; }

    /// <summary>"TP53 R175", "EGFR 745-759", "MET X1010 (splice)".</summary>
    public string Label => Kind switch
    {
        HotspotKind.Curated => Change is { } change ? $"{Gene} {change}" : $"{Gene} codon {Codon}",
        HotspotKind.InFrameIndel => $"{Gene} codons {Codon}-{End} (in-frame indels)",
        HotspotKind.Splice => $"{Gene} codon {Codon} (splice site)",
        _ => $"{Gene} {Reference}{Codon}",
    };
}
