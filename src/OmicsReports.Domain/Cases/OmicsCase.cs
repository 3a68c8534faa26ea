namespace OmicsReports.Domain.Cases;

public enum Sex
{
    Unknown,
    Female,
    Male,
    Other,
}

/// <summary>The person. Identifiers other than <see cref="Id"/> may be absent in research data.</summary>
public sealed record Patient
{
    /// <summary>The source's patient identifier (cBioPortal PATIENT_ID, FHIR Patient id...).</summary>
    public required string Id { get; init; }

    public string? Mrn { get; init; }

    public string? FamilyName { get; init; }

    public string? GivenName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Sex Sex { get; init; }

    /// <summary>Age at diagnosis or sampling in years, when the source gives an age rather than a birth date.</summary>
    public double? Age { get; init; }
}

/// <summary>A tumour type as an OncoTree code, with the name at import time.</summary>
public sealed record TumorType(string Code, string Name);

/// <summary>The sample and what limits the result: purity, coverage, sample type.</summary>
public sealed record Specimen
{
    public required string SampleId { get; init; }

    /// <summary>e.g. "Primary", "Metastasis", "Recurrence", "cfDNA".</summary>
    public string? SampleType { get; init; }

    public DateOnly? CollectedOn { get; init; }

    /// <summary>Tumour cell fraction, 0 to 1 (harmonized from percentages).</summary>
    public double? TumorPurity { get; init; }

    /// <summary>Mean (or median) sequencing depth over the targets.</summary>
    public double? MeanCoverage { get; init; }
}

/// <summary>
/// One patient's specimen with every layer of harmonized results: the input of the rules engine. Lists are empty,
/// never null, when a layer has no findings; <see cref="Profiling"/> says whether empty means "not detected" or
/// "not tested".
/// </summary>
public sealed record OmicsCase
{
    public required Patient Patient { get; init; }

    public required Specimen Specimen { get; init; }

    /// <summary>Null when no source named a tumour type; the report then asks for one.</summary>
    public TumorType? TumorType { get; init; }

    public Profiling Profiling { get; init; } = Profiling.None;

    public IReadOnlyList<SmallVariant> Variants { get; init; } = [];

    public IReadOnlyList<CopyNumberAlteration> CopyNumbers { get; init; } = [];

    public IReadOnlyList<CopyNumberSegment> Segments { get; init; } = [];

    public IReadOnlyList<StructuralVariant> StructuralVariants { get; init; } = [];

    public TumorMutationalBurden? Tmb { get; init; }

    public MicrosatelliteInstability? Msi { get; init; }

    public IReadOnlyList<ExpressionValue> Expression { get; init; } = [];

    public IReadOnlyList<ProteinMarker> Proteins { get; init; } = [];

    public IReadOnlyList<PharmacogenomicResult> Pharmacogenomics { get; init; } = [];

    /// <summary>
    /// Systemic therapies received before this specimen. Null when no source said (unknown), empty when a source
    /// said there were none (treatment-naive): the report reads the two differently.
    /// </summary>
    public IReadOnlyList<PriorTherapy>? PriorTherapies { get; init; }

    /// <summary>Homologous recombination deficiency (status and genomic instability score), when reported.</summary>
    public HomologousRecombinationDeficiency? Hrd { get; init; }

    /// <summary>HLA genotypes, one per typed locus (tebentafusp needs HLA-A*02:01).</summary>
    public IReadOnlyList<HlaGenotype> Hla { get; init; } = [];

    /// <summary>Implications the source report itself stated (e.g. a FHIR therapeutic implication); never rule output.</summary>
    public IReadOnlyList<ReportedImplication> ReportedImplications { get; init; } = [];

    /// <summary>Recoverable oddities found while importing; the report shows them.</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    /// <summary>The files this case was read from.</summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = [];
}
