namespace OmicsReports.Domain.Cases;

/// <summary>Which side of an exon a splice-site change touches: the donor at its 3' end, the acceptor at its 5' end.</summary>
public enum SpliceSide
{
    Donor,
    Acceptor,
}

/// <summary>
/// A splice-site change derived from c. (or p.) notation. <see cref="Canonical"/> is true for the invariant
/// dinucleotides (donor +1/+2, acceptor -1/-2) and for deletions or deletion-insertions that remove them, e.g. a
/// deletion spanning the exon-intron boundary; false for nearby positions (donor +3..+6, acceptor -3..-20).
/// </summary>
/// <param name="Side">Donor or acceptor; null when only a protein position was given ("p.X1010_splice").</param>
/// <param name="Exon">The exon whose boundary it touches, when known.</param>
/// <param name="Intron">The intron next to that boundary.</param>
/// <param name="Position">"+1", "-2", "+5", "spanning" for a change across the boundary, or "codon 1010".</param>
public sealed record SpliceSite(SpliceSide? Side, int? Exon, int? Intron, string Position, bool Canonical)
{
    public string Describe()
    {
        var where = Side switch
        {
            SpliceSide.Donor => (Exon is { } e ? $"exon {e} " : string.Empty) + "splice donor",
            SpliceSide.Acceptor => (Exon is { } e ? $"exon {e} " : string.Empty) + "splice acceptor",
            _ => Intron is { } i ? $"splice site at the exon {i}/{i + 1} boundary (intron {i})" : "splice site",
        };
        var position = Position == "spanning" ? " (change spanning the exon boundary)" : $" ({Position})";
        return where + position + (Canonical ? string.Empty : ", outside the canonical dinucleotide");
    }
}

/// <summary>How a change alters the reading frame, from the c. or p. lengths.</summary>
public enum FrameEffect
{
    Unknown,
    InFrameDeletion,
    InFrameInsertion,
    InFrameDeletionInsertion,
    Frameshift,
}

/// <summary>Which transcript the derivation used.</summary>
public enum TranscriptChoice
{
    /// <summary>The transcript the file named (HGVSc prefix, Transcript_ID, VEP Feature).</summary>
    NamedByFile,

    /// <summary>The gene's MANE Select transcript; the file named none (or one the table does not hold).</summary>
    Canonical,

    /// <summary>An alternate transcript of the table, because the notation does not fit the MANE Select.</summary>
    Alternate,

    /// <summary>No transcript of the table fits or the gene has none: exons are not derived.</summary>
    None,
}

/// <summary>
/// What harmonization derived from a variant's c. and p. notation on a transcript of the reference table: exon or
/// intron, splice site, frame effect and internal tandem duplication, with the sentence that explains it ("exon 14
/// splice donor (+1), from c.3028+1G&gt;T on NM_000245.4 (MANE Select)"). The file's own exon stays on the
/// variant; <see cref="Disagreement"/> says when the two differ.
/// </summary>
public sealed record VariantLocation
{
    /// <summary>The transcript used, e.g. "NM_000245.4"; null when none fitted.</summary>
    public string? Transcript { get; init; }

    public TranscriptChoice Choice { get; init; }

    public int? Exon { get; init; }

    public int? Intron { get; init; }

    public SpliceSite? Splice { get; init; }

    public FrameEffect Frame { get; init; }

    /// <summary>An in-frame duplication: the form internal tandem duplications (FLT3-ITD) take in HGVS.</summary>
    public bool TandemDuplication { get; init; }

    /// <summary>The notation the derivation read, e.g. "c.3028+1G&gt;T" or "p.X1010_splice".</summary>
    public required string Basis { get; init; }

    /// <summary>
    /// Why this transcript, or why none: for an alternate, which list holds it and why the MANE Select did not fit;
    /// for a named transcript, a version the table does not hold; without a transcript, why none fitted. Null in the
    /// common case (the MANE Select, or the named transcript, fits).
    /// </summary>
    public string? Note { get; init; }

    /// <summary>One sentence a pathologist can check, composed from the fields above (not stored).</summary>
    public string Explanation => Harmonization.Transcripts.LocationText.Explain(this);

    /// <summary>Set when the file's exon or intron differs from the derived one, e.g. "the file gives exon 13".</summary>
    public string? Disagreement { get; init; }

    /// <summary>True for a splice change that removes or spans the canonical dinucleotide.</summary>
    public bool IsCanonicalSplice => Splice is { Canonical: true };
}
