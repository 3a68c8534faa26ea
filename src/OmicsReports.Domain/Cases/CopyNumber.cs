namespace OmicsReports.Domain.Cases;

/// <summary>Gene-level copy-number call on the GISTIC-style five-level scale.</summary>
public enum CopyNumberCall
{
    DeepDeletion = -2,
    ShallowDeletion = -1,
    Neutral = 0,
    Gain = 1,
    Amplification = 2,
}

/// <summary>A gene-level copy-number finding. Neutral calls are kept only when a file states them explicitly.</summary>
public sealed record CopyNumberAlteration : Finding
{
    public required string Gene { get; init; }

    public CopyNumberCall Call { get; init; }

    /// <summary>Log2 ratio against the normal, when reported.</summary>
    public double? Log2Ratio { get; init; }

    /// <summary>Absolute (total) copy number, when reported.</summary>
    public double? CopyNumber { get; init; }

    /// <summary>Loss of heterozygosity (minor allele copy number zero), when allele-specific data say so.</summary>
    public bool? LossOfHeterozygosity { get; init; }
}

/// <summary>A copy-number segment. Segments without genes need gene mapping before rules can use them.</summary>
public sealed record CopyNumberSegment : Finding
{
    public required string Chromosome { get; init; }

    public long Start { get; init; }

    public long End { get; init; }

    /// <summary>Segment mean (log2 ratio) as in IGV .seg files.</summary>
    public double? Log2Ratio { get; init; }

    /// <summary>Allele-specific copy numbers (e.g. nMajor/nMinor), when reported.</summary>
    public int? MajorCopies { get; init; }

    public int? MinorCopies { get; init; }

    public int? Markers { get; init; }

    /// <summary>True when allele-specific data put the minor allele at zero copies (nMinor = 0).</summary>
    public bool? LossOfHeterozygosity { get; init; }

    /// <summary>Genes the segment overlaps, when the file or a mapping supplied them; empty otherwise.</summary>
    public IReadOnlyList<string> Genes { get; init; } = [];
}
