using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Knowledge.Criteria;

/// <summary>Gene-level copy-number events that rules use.</summary>
public enum CopyNumberEvent
{
    /// <summary>High-level gain (GISTIC +2).</summary>
    Amplification,

    /// <summary>Homozygous loss (GISTIC -2).</summary>
    DeepDeletion,

    /// <summary>
    /// Any copy loss, heterozygous (GISTIC -1) or homozygous (-2): how a deletion such as del(17p), seen by FISH as
    /// one lost TP53 signal, appears in gene-level copy-number calls.
    /// </summary>
    Loss,
}

public sealed record CopyNumberCriterion : Criterion
{
    public required string Gene { get; init; }

    public required CopyNumberEvent Event { get; init; }

    public override IEnumerable<string> Genes => [Gene];
}

/// <summary>
/// A fusion of <see cref="Gene"/> with <see cref="Partner"/>, or with any partner when it is null. Either column of
/// the input may hold either gene: files do not reliably list the 5' partner first.
/// </summary>
public sealed record FusionCriterion : Criterion
{
    public required string Gene { get; init; }

    public string? Partner { get; init; }

    public override IEnumerable<string> Genes => Partner is null ? [Gene] : [Gene, Partner];
}

/// <summary>Tumour mutational burden at or above a threshold, in mutations per megabase.</summary>
public sealed record TmbCriterion : Criterion
{
    public required double AtLeast { get; init; }

    public override IEnumerable<string> Genes => [];
}

/// <summary>Microsatellite status, on the harmonized scale (MSI-H, "Instable" and "MSI-High" are all High).</summary>
public sealed record MsiCriterion : Criterion
{
    public required MsiStatus Status { get; init; }

    public override IEnumerable<string> Genes => [];
}

/// <summary>Mismatch-repair deficiency by IHC: loss of MLH1, MSH2, MSH6 or PMS2 protein expression.</summary>
public sealed record MmrCriterion : Criterion
{
    public override IEnumerable<string> Genes => [];
}

/// <summary>An mRNA expression z-score at or above <see cref="AtLeast"/> and/or at or below <see cref="AtMost"/>.</summary>
public sealed record ExpressionCriterion : Criterion
{
    public required string Gene { get; init; }

    public double? AtLeast { get; init; }

    public double? AtMost { get; init; }

    public override IEnumerable<string> Genes => [Gene];
}

/// <summary>
/// A numeric IHC score in a range, e.g. PD-L1 TPS at least 50 or CPS at least 10. <see cref="AntibodyClone"/>, when given,
/// must match the reported antibody clone; a result without a clone is accepted.
/// </summary>
public sealed record IhcCriterion : Criterion
{
    /// <summary>Canonical marker name, e.g. "PD-L1".</summary>
    public required string Marker { get; init; }

    /// <summary>"TPS", "CPS", "IC" ...</summary>
    public required string Score { get; init; }

    public double? AtLeast { get; init; }

    /// <summary>Exclusive upper bound, e.g. TPS 1-49% is AtLeast 1, Below 50.</summary>
    public double? Below { get; init; }

    public string? AntibodyClone { get; init; }

    public override IEnumerable<string> Genes => [];
}

/// <summary>HER2 categories from IHC and ISH, following ASCO/CAP 2018 and the HER2-low definition of 2022.</summary>
public enum Her2Status
{
    /// <summary>IHC 3+, or IHC 2+ with ISH amplified.</summary>
    Positive,

    /// <summary>IHC 1+, or IHC 2+ with ISH not amplified.</summary>
    Low,

    /// <summary>IHC 0.</summary>
    Zero,

    /// <summary>IHC 3+ specifically (the tumour-agnostic trastuzumab deruxtecan indication, 2024).</summary>
    Ihc3Plus,

    /// <summary>IHC 0 with membrane staining (trastuzumab deruxtecan FDA label, 2025; DESTINY-Breast06).</summary>
    Ultralow,
}

public sealed record Her2Criterion : Criterion
{
    public required Her2Status Status { get; init; }

    public override IEnumerable<string> Genes => [];
}

/// <summary>
/// A pharmacogenomic result: one of <see cref="Phenotypes"/> (CPIC terms), and/or an activity score in
/// [<see cref="ActivityAtLeast"/>, <see cref="ActivityAtMost"/>].
/// </summary>
public sealed record PharmacogenomicCriterion : Criterion
{
    public required string Gene { get; init; }

    public IReadOnlyList<string> Phenotypes { get; init; } = [];

    public double? ActivityAtLeast { get; init; }

    public double? ActivityAtMost { get; init; }

    public override IEnumerable<string> Genes => [Gene];
}
