namespace OmicsReports.Domain.Reports;

/// <summary>A standard biomarker that was expected for the tumour type, assessed, and found normal.</summary>
/// <param name="Layer">The layer that was assessed, e.g. "SmallVariants", "StructuralVariants".</param>
/// <param name="Reliable">
/// False when the specimen failed QC (purity or coverage below the policy): nothing was found, but the gene is "not
/// reliably excluded" and <paramref name="Detail"/> says why.
/// </param>
public sealed record PertinentNegative(string Gene, string Layer, string? Detail = null, bool Reliable = true);

/// <summary>A test the tumour type's standard workup calls for that this case lacks.</summary>
public sealed record RecommendedTest(string Test, string Reason);

public enum QcSeverity
{
    Info,
    Caution,
    Warning,
}

/// <summary>Something that limits how the result can be read, e.g. purity under 20%.</summary>
/// <param name="Code">Stable code, e.g. "low-purity", "low-coverage", "unannotated-variants", "import-warning".</param>
public sealed record QcFinding(string Code, QcSeverity Severity, string Message);

/// <summary>A variant of uncertain significance: listed in the appendix, never featured.</summary>
public sealed record VusEntry(string Gene, string Label, double? Vaf, string Source);

/// <summary>
/// An alteration the knowledge base calls oncogenic (a listed hotspot, or truncating in a tumour suppressor) for
/// which no rule gives a clinical implication: biologically relevant, not actionable.
/// </summary>
public sealed record NotableFinding(string Gene, string Label, string Reason, string Source);

/// <summary>
/// Implications that share a drug, shown together: the drugs, the biomarkers for and against, and an explanation when
/// they pull in different directions.
/// </summary>
/// <param name="Group">1-based number, referenced by <see cref="Implication.TherapyGroup"/>.</param>
public sealed record TherapyGroup(
    int Group,
    IReadOnlyList<string> Therapies,
    Knowledge.EvidenceTier BestTier,
    IReadOnlyList<string> Supporting,
    IReadOnlyList<string> Opposing,
    string? Explanation);

/// <summary>A rule whose biomarker was found but whose scope excludes this tumour type, kept to answer "why not?".</summary>
public sealed record NotApplied(string RuleId, string Biomarker, IReadOnlyList<string> Therapies, string Reason);

/// <summary>A key biomarker of page 1: TMB, MSI, PD-L1, HER2, with its status ("not tested" is explicit).</summary>
/// <param name="Name">"TMB", "MSI", "PD-L1", "HER2".</param>
/// <param name="Value">Display value with unit, e.g. "25 mut/Mb", "MSI-High", "TPS 60% (22C3)"; "not tested" if absent.</param>
/// <param name="Interpretation">e.g. "High (≥ 10 mut/Mb, FDA pembrolizumab label)".</param>
/// <param name="Tested">False when the biomarker was not assessed.</param>
public sealed record KeyBiomarker(string Name, string Value, string? Interpretation, bool Tested);

/// <summary>The knowledge base a report was computed with.</summary>
public sealed record KnowledgeBaseStamp(string Version, string Sha256);

public sealed record TumorTypeRef(string Code, string Name);

/// <summary>
/// The distilled report: one model read by the screen, the PDF, the FHIR and the HL7 v2 writers, never recomputed by them.
/// Serialised as documented in docs/report-json.md (schemaVersion 1).
/// </summary>
public sealed record OmicsReport
{
    public int SchemaVersion { get; init; } = 1;

    public required string SampleId { get; init; }

    public required string PatientId { get; init; }

    /// <summary>Null when no tumour type was given; the report then carries a QC finding asking for it.</summary>
    public TumorTypeRef? TumorType { get; init; }

    public required KnowledgeBaseStamp KnowledgeBase { get; init; }

    /// <summary>SHA-256 of the harmonized case as serialised, so a report names exactly its input.</summary>
    public required string InputSha256 { get; init; }

    /// <summary>Ranked: tier, evidence, match specificity; grouped by therapy.</summary>
    public required IReadOnlyList<Implication> Implications { get; init; }

    public required IReadOnlyList<KeyBiomarker> KeyBiomarkers { get; init; }

    public required IReadOnlyList<PertinentNegative> PertinentNegatives { get; init; }

    public required IReadOnlyList<RecommendedTest> RecommendedTests { get; init; }

    public required IReadOnlyList<QcFinding> QcFindings { get; init; }

    public required IReadOnlyList<VusEntry> Vus { get; init; }

    /// <summary>Implications grouped by shared drugs, in the order of <see cref="Implications"/>.</summary>
    public IReadOnlyList<TherapyGroup> TherapyGroups { get; init; } = [];

    /// <summary>Oncogenic alterations without a clinical implication in the knowledge base.</summary>
    public IReadOnlyList<NotableFinding> OtherFindings { get; init; } = [];

    /// <summary>Matched rules that were not applied because the tumour type is excluded from their scope.</summary>
    public IReadOnlyList<NotApplied> NotApplied { get; init; } = [];

    /// <summary>Regimens from other tumour types that the carry-over policy kept out, with the reason ("why not?").</summary>
    public IReadOnlyList<Distillation.NotCarried> NotCarriedOver { get; init; } = [];

    /// <summary>Pairs of implications that pull in different directions on a drug, with how each was settled.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>The prior therapies the case recorded, as read (lower-case generic names); null when none were recorded.</summary>
    public IReadOnlyList<string>? PriorTherapies { get; init; }
}
