namespace OmicsReports.Domain.Cases;

/// <summary>Homologous recombination deficiency as a laboratory reports it: a status and, when given, a score.</summary>
public enum HrdStatus
{
    /// <summary>The assay calls the tumour HRD-positive (for example a genomic instability score at or above its cut-off, or a BRCA alteration).</summary>
    Positive,

    /// <summary>The assay calls the tumour HRD-negative.</summary>
    Negative,

    /// <summary>The assay ran but gave no call (too little tumour, failed score): never read as negative.</summary>
    Indeterminate,

    /// <summary>Only a score was reported; whether it counts as positive depends on the assay's cut-off.</summary>
    NotStated,
}

/// <summary>
/// A homologous recombination deficiency (HRD) result: the status, the genomic instability score (GIS, the sum of
/// loss of heterozygosity, telomeric allelic imbalance and large-scale state transitions) or another score, and the
/// assay that produced it. Scores of different assays are on different scales, so <see cref="ScoreKind"/> says which.
/// </summary>
public sealed record HomologousRecombinationDeficiency : Finding
{
    public HrdStatus Status { get; init; } = HrdStatus.NotStated;

    public double? Score { get; init; }

    /// <summary>"GIS" (genomic instability score, 0-100), "LOH" (percentage of the genome with loss of heterozygosity) ...</summary>
    public string? ScoreKind { get; init; }

    /// <summary>The assay, e.g. "myChoice CDx".</summary>
    public string? Assay { get; init; }
}

/// <summary>
/// The HLA class I or II genotype of one locus (HLA-A, HLA-B ...): up to two alleles in WHO nomenclature without the
/// gene prefix's "HLA-" ("A*02:01"), at the resolution the laboratory typed. A homozygous locus lists one allele twice.
/// </summary>
public sealed record HlaGenotype : Finding
{
    /// <summary>The locus as an HGNC symbol: "HLA-A", "HLA-B", "HLA-C", "HLA-DRB1" ...</summary>
    public required string Gene { get; init; }

    /// <summary>Alleles as typed, e.g. ["A*02:01", "A*24:02"], or ["A*02"] when only the allele group was typed.</summary>
    public required IReadOnlyList<string> Alleles { get; init; }

    /// <summary>How it was typed, e.g. "NGS", "PCR-SSO", "serology".</summary>
    public string? Method { get; init; }
}
