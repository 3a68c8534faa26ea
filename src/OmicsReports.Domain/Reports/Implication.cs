using System.Text.Json.Serialization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports;

public enum ImplicationKind
{
    Therapeutic,
    Pharmacogenomic,
    Prognostic,
    Diagnostic,
}

/// <summary>What the implication asks the clinician to do with the therapies. JSON: kebab-case.</summary>
public enum Direction
{
    /// <summary>The biomarker predicts benefit.</summary>
    Sensitive,

    /// <summary>The biomarker predicts lack of benefit or resistance.</summary>
    Resistant,

    /// <summary>Do not give the drug (e.g. DPYD activity score 0 and fluoropyrimidines).</summary>
    Avoid,

    /// <summary>Give a reduced starting dose (see <see cref="Implication.DoseAdjustment"/>).</summary>
    ReduceDose,

    /// <summary>Choose an alternative drug (e.g. CYP2D6 poor metabolizer and tamoxifen).</summary>
    Alternative,

    /// <summary>Standard dosing; stated where a test was done and is reassuring.</summary>
    StandardDose,

    /// <summary>Prognostic or diagnostic statement without a therapy.</summary>
    Informative,
}

/// <summary>A citation behind an implication.</summary>
/// <param name="Kind">"fda-label", "guideline", "cpic", "civic", "pmid", "dpwg" or "trial".</param>
/// <param name="Id">e.g. a PMID, a CIViC evidence id "EID1409", an NCT number, or a label's set id.</param>
/// <param name="Citation">Human-readable citation, e.g. "Vemurafenib (Zelboraf) FDA label, 2011".</param>
/// <param name="Url">Where to read it, when it has a stable address.</param>
public sealed record Reference(string Kind, string Id, string Citation, string? Url = null);

/// <summary>A finding of the case that a rule matched, with the harmonization notes that explain its form.</summary>
/// <param name="Layer">The layer, e.g. "SmallVariants".</param>
/// <param name="Label">What clinicians read, e.g. "EGFR E746_A750del".</param>
/// <param name="Source">"file:line" of the finding.</param>
/// <param name="ReportedAs">Harmonization notes, e.g. "gene reported as HER2 (previous HGNC symbol)".</param>
public sealed record MatchedFinding(string Layer, string Label, string Source, IReadOnlyList<string> ReportedAs)
{
    /// <summary>
    /// How values the rule used were derived, and why the finding counts as oncogenic, e.g. "Exon 14 splice donor
    /// (+1), from c.3028+1G&gt;T on NM_000245.4 (MANE Select; the file names no transcript)." or "Counts as oncogenic
    /// (homozygous deletion): homozygous deletion of BRCA2, a tumour suppressor gene (source)". Empty when nothing
    /// was derived.
    /// </summary>
    public IReadOnlyList<string> DerivedAs { get; init; } = [];
}

/// <summary>
/// One statement that changes what a clinician does: therapies, a direction, and an AMP/ASCO/CAP tier computed for this
/// patient's tumour type, with everything needed to answer "why?".
/// </summary>
public sealed record Implication
{
    public required ImplicationKind Kind { get; init; }

    /// <summary>Display text of the biomarker, e.g. "BRAF V600E", "TMB 25 mut/Mb (high)", "DPYD activity score 1.0".</summary>
    public required string Biomarker { get; init; }

    public required IReadOnlyList<string> Genes { get; init; }

    /// <summary>Lower-case generic names; all drugs of a combination in one implication.</summary>
    public required IReadOnlyList<string> Therapies { get; init; }

    public required Direction Direction { get; init; }

    /// <summary>
    /// True when the implication speaks against its drugs (resistance, or avoid): never an option to offer, and never
    /// shown in the colours of benefit.
    /// </summary>
    [JsonIgnore]
    public bool IsAgainst => Direction is Direction.Resistant or Direction.Avoid;

    public required EvidenceTier Tier { get; init; }

    /// <summary>OncoKB-style level as a concept ("1", "2", "3A", "3B", "4", "R1", "R2"); the content is ours.</summary>
    public required string Level { get; init; }

    public required IReadOnlyList<string> RuleIds { get; init; }

    /// <summary>One sentence a person can check, e.g. why the tier is IIC rather than IA here.</summary>
    public required string Rationale { get; init; }

    public required IReadOnlyList<Reference> References { get; init; }

    public IReadOnlyList<MatchedFinding> Matched { get; init; } = [];

    /// <summary>True when the evidence is in this tumour type (or an ancestor in OncoTree).</summary>
    public bool InThisTumorType { get; init; }

    /// <summary>For pharmacogenomic implications, e.g. "Reduce the starting dose by 50%".</summary>
    public string? DoseAdjustment { get; init; }

    /// <summary>Name of the source class behind the level, e.g. "FDA label", "NCCN guideline", "CPIC".</summary>
    public string EvidenceSource { get; init; } = string.Empty;

    /// <summary>When a curator last reviewed the rule.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>The strength of the evidence behind the best rule, e.g. "fda-approved", "guideline".</summary>
    public EvidenceLevel EvidenceLevel { get; init; }

    /// <summary>How precisely the rule matched: "exact", "codon-range", "exon-or-class" or "gene".</summary>
    public MatchSpecificity Specificity { get; init; }

    /// <summary>The version of the knowledge base whose rules produced this implication.</summary>
    public string KnowledgeBaseVersion { get; init; } = string.Empty;

    /// <summary>The therapy group (1-based, see <see cref="OmicsReport.TherapyGroups"/>) this implication belongs to.</summary>
    public int TherapyGroup { get; init; }

    /// <summary>Other implications of this report that pull the other way on one of these drugs, explained.</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>For sensitivity: the line of therapy from the label or guideline; null when the rule gives none.</summary>
    public ImplicationSetting? Setting { get; init; }

    /// <summary>True when a cited guideline names this regimen the preferred option for its biomarker and line.</summary>
    public bool Preferred { get; init; }

    /// <summary>
    /// True for evidence from another tumour type carried here under the carry-over policy (AMP level C); the summary
    /// lists these apart, below every on-label option.
    /// </summary>
    public bool CarriedOver { get; init; }

    /// <summary>For carried-over options: the tumour types the evidence is for, e.g. "Non-Small Cell Lung Cancer (NSCLC)".</summary>
    public IReadOnlyList<string> SourceTumorTypes { get; init; } = [];

    /// <summary>
    /// Set when the tier holds only if something not reported is true, e.g. "grade 2 (ASTR2); grade not reported":
    /// the tumour type given is coarser than the rule's scope.
    /// </summary>
    public string? Condition { get; init; }

    /// <summary>True when the rule holds because genes were tested and found normal ("RAS wild type").</summary>
    public bool InferredFromWildType { get; init; }

    /// <summary>Set when stronger evidence against the drug demoted this implication: what contradicts it.</summary>
    public string? ContradictedBy { get; init; }

    /// <summary>The tier before a contradiction demoted it.</summary>
    public EvidenceTier? DemotedFrom { get; init; }

    /// <summary>For resistance: whether it concerns every regimen with the drug or the drug as monotherapy.</summary>
    public ResistanceScope? AppliesTo { get; init; }

    /// <summary>How the recorded prior therapies bear on this implication; null when none were recorded.</summary>
    public PriorTherapyReading? PriorTherapy { get; init; }

    /// <summary>True for directions that argue against giving a drug as planned (resistance, avoid, dose, alternative).</summary>
    [JsonIgnore]
    public bool OpposesDrug => Direction is Direction.Resistant or Direction.Avoid or Direction.ReduceDose or Direction.Alternative;
}
