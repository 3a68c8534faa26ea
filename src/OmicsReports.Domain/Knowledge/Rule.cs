using System.Text.Json.Serialization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// One curated statement of the knowledge base: when <see cref="When"/> holds for a case whose tumour type is in
/// <see cref="Scope"/>, the <see cref="Therapies"/> carry <see cref="Direction"/>, backed by <see cref="Evidence"/>.
/// The tier is not stored: <see cref="Tiering.TierClassifier"/> computes it per patient from the evidence level and
/// whether the patient's tumour type is the one the evidence is for.
/// </summary>
public sealed record Rule
{
    /// <summary>Stable id, upper-case with hyphens, e.g. "NSCLC-EGFR-EX19DEL-OSIMERTINIB". Never reused.</summary>
    public required string Id { get; init; }

    /// <summary>Display text of the biomarker, e.g. "EGFR exon 19 in-frame deletion".</summary>
    public required string Biomarker { get; init; }

    public required ImplicationKind Kind { get; init; }

    public required Criterion When { get; init; }

    public required RuleScope Scope { get; init; }

    /// <summary>Alternative regimens; each becomes its own implication. Empty for prognostic and diagnostic rules.</summary>
    public IReadOnlyList<Regimen> Therapies { get; init; } = [];

    public required Direction Direction { get; init; }

    public required RuleEvidence Evidence { get; init; }

    /// <summary>The curator's one-sentence reason, without the tumour-type context the engine adds.</summary>
    public required string Rationale { get; init; }

    /// <summary>For pharmacogenomic rules: the action in words, e.g. "Reduce the starting dose by 50%".</summary>
    public string? DoseAdjustment { get; init; }

    /// <summary>For "reduce-dose" rules with a fixed reduction: the percentage.</summary>
    public int? ReduceDoseByPercent { get; init; }

    /// <summary>
    /// For sensitivity: the line of therapy the label or guideline gives, for every regimen that does not state its own.
    /// </summary>
    public TherapySetting? Setting { get; init; }

    /// <summary>True when a cited guideline names the regimens the preferred option (overridable per regimen).</summary>
    public bool Preferred { get; init; }

    /// <summary>
    /// False when the evidence must never be carried to another tumour type (AMP level C), e.g. an approval that rests
    /// on the biology of its own tumour type; see <see cref="Reports.Distillation.CarryOverPolicy"/>.
    /// </summary>
    public bool CarryOver { get; init; } = true;

    /// <summary>
    /// Drugs that are tumour-specific partners in this rule although they can be directed elsewhere: cetuximab with
    /// encorafenib in colorectal cancer blocks EGFR feedback, it is not selected by BRAF V600E.
    /// </summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>For resistance: the regimens it applies to (any regimen with the drug, or the drug as monotherapy).</summary>
    public ResistanceScope AppliesTo { get; init; }

    /// <summary>
    /// For resistance: the evidence shows resistance acquired on the drug (secondary KIT kinase-domain mutations after
    /// imatinib), not that the same mutation present before treatment predicts failure. See <see cref="Reports.Distillation.AcquiredResistance"/>.
    /// </summary>
    public bool Acquired { get; init; }

    /// <summary>The setting of one of this rule's regimens: its own, or the rule's.</summary>
    public TherapySetting? SettingOf(Regimen regimen) => (regimen ?? throw new ArgumentNullException(nameof(regimen))).Setting ?? Setting;

    /// <summary>Whether one of this rule's regimens is the preferred one: its own statement, or the rule's.</summary>
    public bool IsPreferred(Regimen regimen) => (regimen ?? throw new ArgumentNullException(nameof(regimen))).Preferred ?? Preferred;

    /// <summary>Where the rule was read from; not part of its content.</summary>
    [JsonIgnore]
    public SourceLocation? Location { get; init; }
}

/// <summary>The drugs given together; lower-case generic names; optionally with its own setting and preference.</summary>
public sealed record Regimen(IReadOnlyList<string> Drugs)
{
    /// <summary>The line of therapy of this regimen when it differs from the rule's.</summary>
    public TherapySetting? Setting { get; init; }

    /// <summary>Whether a guideline names this regimen preferred, when it differs from the rule's statement.</summary>
    public bool? Preferred { get; init; }

    public override string ToString() => string.Join(" + ", Drugs);
}

/// <summary>How wide a rule's tumour-type scope is.</summary>
public enum ScopeBreadth
{
    /// <summary>The listed OncoTree codes and everything beneath them.</summary>
    Listed,

    /// <summary>Every solid tumour (tumour-agnostic approvals), minus exclusions.</summary>
    AllSolidTumors,

    /// <summary>Every tumour type, e.g. pharmacogenomic rules.</summary>
    AnyTumor,
}

/// <summary>The tumour types a rule's evidence is for: OncoTree codes with their subtypes, minus exclusions.</summary>
public sealed record RuleScope
{
    public ScopeBreadth Breadth { get; init; }

    public IReadOnlyList<string> TumorTypes { get; init; } = [];

    /// <summary>Codes (with subtypes) the evidence explicitly does not cover, e.g. COADREAD for tumour-agnostic BRAF V600E.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    public static RuleScope AnyTumor { get; } = new() { Breadth = ScopeBreadth.AnyTumor };
}

/// <summary>How strong the evidence behind a rule is, strongest first. The tier follows from it (AMP/ASCO/CAP 2017).</summary>
public enum EvidenceLevel
{
    /// <summary>An FDA-approved indication for this biomarker.</summary>
    FdaApproved,

    /// <summary>A professional guideline (NCCN, ASCO, ESMO, CPIC, DPWG).</summary>
    Guideline,

    /// <summary>Well-powered studies with expert consensus, not yet in a label or guideline.</summary>
    WellPoweredStudies,

    /// <summary>Clinical trial evidence, or the biomarker is an inclusion criterion of trials.</summary>
    ClinicalTrial,

    /// <summary>Case reports or small series.</summary>
    CaseReports,

    /// <summary>Preclinical (cell line, animal) evidence.</summary>
    Preclinical,
}

/// <summary>The kind of source a rule rests on.</summary>
public enum EvidenceSource
{
    FdaLabel,
    Guideline,
    Cpic,
    Dpwg,
    Trial,
    Civic,
    Publication,
}

/// <summary>CPIC's classification of a pharmacogenomic recommendation.</summary>
public enum RecommendationStrength
{
    Strong,
    Moderate,
    Optional,
}

public sealed record RuleEvidence
{
    public required EvidenceSource Source { get; init; }

    public required EvidenceLevel Level { get; init; }

    /// <summary>For pharmacogenomic rules, CPIC's strength of the recommendation.</summary>
    public RecommendationStrength? Strength { get; init; }

    public required IReadOnlyList<Reference> References { get; init; }

    public required DateOnly LastReviewed { get; init; }
}
