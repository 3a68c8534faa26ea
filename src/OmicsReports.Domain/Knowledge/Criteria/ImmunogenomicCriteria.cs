using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Knowledge.Criteria;

/// <summary>
/// Homologous recombination deficiency: the laboratory's call (<see cref="Status"/>), or a score of one kind at or
/// above a cut-off (<see cref="ScoreKind"/> and <see cref="AtLeast"/>, e.g. GIS at least 42). Exactly one of the two.
/// </summary>
public sealed record HrdCriterion : Criterion
{
    public HrdStatus? Status { get; init; }

    /// <summary>"GIS" for the genomic instability score; compared case-insensitively with the reported kind.</summary>
    public string? ScoreKind { get; init; }

    public double? AtLeast { get; init; }

    public override IEnumerable<string> Genes => [];
}

/// <summary>
/// An HLA allele at two-field (protein) resolution carried on either chromosome, e.g. HLA-A*02:01 for tebentafusp.
/// </summary>
public sealed record HlaCriterion : Criterion
{
    /// <summary>The locus as an HGNC symbol: "HLA-A".</summary>
    public required string Gene { get; init; }

    /// <summary>The allele without the "HLA-" prefix, at two fields: "A*02:01".</summary>
    public required string Allele { get; init; }

    public override IEnumerable<string> Genes => [Gene];
}
