namespace OmicsReports.Domain.Cases;

/// <summary>Tumour mutational burden, always in mutations per megabase after harmonization.</summary>
public sealed record TumorMutationalBurden : Finding
{
    public double MutationsPerMegabase { get; init; }

    /// <summary>The unit the file used, e.g. "mut/Mb" or "mutations" (with a stated territory).</summary>
    public string ReportedUnit { get; init; } = "mut/Mb";
}

/// <summary>Microsatellite status on one scale; the file's wording is kept in the notes.</summary>
public enum MsiStatus
{
    Stable,
    Low,
    High,
    Indeterminate,
}

public sealed record MicrosatelliteInstability : Finding
{
    public MsiStatus Status { get; init; }

    /// <summary>A caller score such as MSIsensor's percentage of unstable sites, when reported.</summary>
    public double? Score { get; init; }

    /// <summary>How it was measured, e.g. "MSIsensor", "PCR", "IHC (MMR proteins)".</summary>
    public string? Method { get; init; }
}

/// <summary>An mRNA expression value, optionally with a z-score and the reference it was computed against.</summary>
public sealed record ExpressionValue : Finding
{
    public required string Gene { get; init; }

    public double? Value { get; init; }

    /// <summary>e.g. "TPM", "FPKM", "RSEM", "median".</summary>
    public string? Unit { get; init; }

    public double? ZScore { get; init; }

    /// <summary>What the z-score compares against, e.g. "diploid samples of the study".</summary>
    public string? ZScoreReference { get; init; }
}

/// <summary>Whether a reported number is exact or a bound.</summary>
public enum ValueComparator
{
    Exact,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}

/// <summary>In-situ hybridisation result that accompanies HER2 IHC 2+.</summary>
public enum IshResult
{
    NotDone,
    Amplified,
    NotAmplified,
    Equivocal,
}

/// <summary>
/// A protein-level result: IHC (PD-L1 22C3 TPS 60%, HER2 2+ with ISH), MMR protein loss, or an RPPA z-score.
/// </summary>
public sealed record ProteinMarker : Finding
{
    /// <summary>The marker's canonical name, e.g. "PD-L1", "HER2", "MLH1".</summary>
    public required string Marker { get; init; }

    /// <summary>Antibody clone, e.g. "22C3", "SP263", "4B5".</summary>
    public string? AntibodyClone { get; init; }

    /// <summary>e.g. "TPS", "CPS", "IC", "IHC score", "H-score", "RPPA z-score", "expression".</summary>
    public required string ScoringSystem { get; init; }

    /// <summary>The numeric value on <see cref="ScoringSystem"/>'s scale (TPS 60 = 60 %, HER2 "2+" = 2).</summary>
    public double? Value { get; init; }

    /// <summary>
    /// How <see cref="Value"/> bounds the true value when the source gave a bound rather than a number ("&lt;1%" is
    /// <see cref="ValueComparator.LessThan"/> 1). Threshold rules must not read a bound as an exact value.
    /// </summary>
    public ValueComparator Comparator { get; init; } = ValueComparator.Exact;

    /// <summary>A categorical reading where the scale is categorical, e.g. "2+", "retained", "lost".</summary>
    public string? Category { get; init; }

    public IshResult Ish { get; init; } = IshResult.NotDone;
}

/// <summary>A pharmacogenomic genotype with its phenotype, as PharmCAT or an outside caller reports it.</summary>
public sealed record PharmacogenomicResult : Finding
{
    public required string Gene { get; init; }

    /// <summary>e.g. "*1/*2A", or "c.1905+1G>A/reference" for DPYD.</summary>
    public required string Diplotype { get; init; }

    /// <summary>Canonical CPIC phenotype, e.g. "Poor Metabolizer", "Intermediate Metabolizer", "Normal Function".</summary>
    public string? Phenotype { get; init; }

    public double? ActivityScore { get; init; }

    /// <summary>Recommendation text from the source, with HTML removed; informative only, rules decide.</summary>
    public IReadOnlyList<string> SourceRecommendations { get; init; } = [];
}
