using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Cases;

/// <summary>Where a variant arose. Germline findings carry hereditary implications and are reported differently.</summary>
public enum VariantOrigin
{
    Unknown,
    Somatic,
    Germline,
}

/// <summary>The coding consequence, harmonized from VEP/MAF/SnpEff vocabularies into one closed set.</summary>
public enum VariantConsequence
{
    Other,
    Missense,
    Nonsense,
    FrameshiftDeletion,
    FrameshiftInsertion,
    InframeDeletion,
    InframeInsertion,
    SpliceSite,
    SpliceRegion,
    Silent,
    StartLost,
    StopLost,
    Intronic,
    UntranslatedRegion,
    Intergenic,
    NonCodingTranscript,
    Upstream,
    Downstream,

    /// <summary>A frameshift whose direction (deletion or insertion) the source did not say.</summary>
    Frameshift,
}

/// <summary>A somatic or germline SNV/indel with its annotations and read support.</summary>
public sealed record SmallVariant : Finding
{
    /// <summary>Current HGNC symbol, or null when the file gave no gene annotation.</summary>
    public string? Gene { get; init; }

    public string? Chromosome { get; init; }

    public long? Position { get; init; }

    public string? Reference { get; init; }

    public string? Alternate { get; init; }

    /// <summary>Transcript the HGVS refers to, e.g. ENST00000288602.6.</summary>
    public string? Transcript { get; init; }

    /// <summary>Coding DNA change without transcript prefix, e.g. "c.1799T>A".</summary>
    public string? HgvsC { get; init; }

    /// <summary>Parsed protein change; null for non-coding variants or when the file gave none.</summary>
    public ProteinChange? Protein { get; init; }

    public VariantConsequence Consequence { get; init; }

    /// <summary>Exon number and count, e.g. 19 of 28, as the file annotated it (see <see cref="Location"/> for the derived one).</summary>
    public int? Exon { get; init; }

    public int? ExonCount { get; init; }

    /// <summary>Intron number, for splice variants annotated by intron.</summary>
    public int? Intron { get; init; }

    /// <summary>Exon, intron, splice site and frame derived from the c. and p. notation; null when not derived.</summary>
    public VariantLocation? Location { get; init; }

    /// <summary>Variant allele fraction in the tumour, 0 to 1.</summary>
    public double? Vaf { get; init; }

    /// <summary>Read depth at the position in the tumour.</summary>
    public int? Depth { get; init; }

    public int? AltReads { get; init; }

    public VariantOrigin Origin { get; init; } = VariantOrigin.Somatic;

    /// <summary>The caller's FILTER value; "PASS" or null for passing calls.</summary>
    public string? Filter { get; init; }

    /// <summary>The short label clinicians read, e.g. "BRAF V600E" or "chr7:140753336 A>T" without a gene.</summary>
    public string Label => Gene is null
        ? $"{Chromosome}:{Position} {Reference}>{Alternate}"
        : Protein is not null ? $"{Gene} {Protein.ShortForm}" : HgvsC is not null ? $"{Gene} {HgvsC}" : Gene;

    public bool Passed => Filter is null || Filter == "PASS" || Filter == ".";

    /// <summary>True when the file or the derivation places the variant in <paramref name="exon"/>.</summary>
    public bool InExon(int exon) => Exon == exon || Location?.Exon == exon;

    /// <summary>True when the file or the derivation places the variant in <paramref name="intron"/>.</summary>
    public bool InIntron(int intron) => Intron == intron || Location?.Intron == intron;
}
