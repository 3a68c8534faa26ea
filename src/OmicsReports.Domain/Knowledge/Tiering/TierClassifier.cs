using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge.Tiering;

/// <summary>The tier and level of one implication for one patient.</summary>
/// <param name="Level">
/// OncoKB-style level as a concept (the content is ours): "1", "2", "3A", "3B", "4" for sensitivity; "R1", "R2" for
/// resistance; "Dx1"-"Dx3" and "Px1"-"Px3" for diagnostic and prognostic statements; for pharmacogenomics the source
/// and strength of the recommendation, e.g. "CPIC strong".
/// </param>
public sealed record TierAssignment(EvidenceTier Tier, string Level);

/// <summary>
/// Computes the AMP/ASCO/CAP 2017 tier (Li et al., J Mol Diagn 2017;19:4-23, PMID 27993330) of an implication from
/// the rule's evidence level and where the patient's tumour type stands relative to the rule's scope. One switch
/// expression: every combination is visible in one place and no later line overrides an earlier one.
/// </summary>
public static class TierClassifier
{
    public static TierAssignment Classify(
        ImplicationKind kind, Direction direction, EvidenceLevel level, ScopeMatch scope, RecommendationStrength? strength) =>
        (kind, resistance: direction == Direction.Resistant, level, scope, strength) switch
        {
            (_, _, _, ScopeMatch.Excluded, _) => throw new ArgumentException("An excluded tumour type has no tier.", nameof(scope)),

            // Pharmacogenomics: germline drug-gene guidance holds in every tumour type, so only the source and its
            // strength matter. AMP/ASCO/CAP does not tier germline PGx; this mapping is our convention.
            (ImplicationKind.Pharmacogenomic, _, EvidenceLevel.FdaApproved, _, _) => new(EvidenceTier.IA, "FDA label"),
            (ImplicationKind.Pharmacogenomic, _, _, _, RecommendationStrength.Strong) => new(EvidenceTier.IA, "CPIC strong"),
            (ImplicationKind.Pharmacogenomic, _, _, _, RecommendationStrength.Moderate) => new(EvidenceTier.IB, "CPIC moderate"),
            (ImplicationKind.Pharmacogenomic, _, _, _, RecommendationStrength.Optional) => new(EvidenceTier.IIC, "CPIC optional"),
            (ImplicationKind.Pharmacogenomic, _, EvidenceLevel.Guideline, _, null) => new(EvidenceTier.IA, "guideline"),
            (ImplicationKind.Pharmacogenomic, _, _, _, null) => new(EvidenceTier.IID, "informative"),

            // Diagnostic and prognostic statements only count in the tumour type they were established for.
            (ImplicationKind.Diagnostic, _, EvidenceLevel.FdaApproved or EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IA, "Dx1"),
            (ImplicationKind.Diagnostic, _, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IB, "Dx2"),
            (ImplicationKind.Diagnostic, _, _, _, _) => new(EvidenceTier.IID, "Dx3"),
            (ImplicationKind.Prognostic, _, EvidenceLevel.FdaApproved or EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IA, "Px1"),
            (ImplicationKind.Prognostic, _, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IB, "Px2"),
            (ImplicationKind.Prognostic, _, _, _, _) => new(EvidenceTier.IID, "Px3"),

            // Resistance to a standard therapy of this tumour type is as actionable as sensitivity (R1).
            (_, true, EvidenceLevel.FdaApproved or EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IA, "R1"),
            (_, true, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IB, "R2"),
            (_, true, EvidenceLevel.ClinicalTrial, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IIC, "R2"),
            (_, true, EvidenceLevel.FdaApproved or EvidenceLevel.Guideline or EvidenceLevel.WellPoweredStudies, ScopeMatch.OtherTumorType, _) => new(EvidenceTier.IIC, "R2"),
            (_, true, _, _, _) => new(EvidenceTier.IID, "R2"),

            // Sensitivity.
            (_, false, EvidenceLevel.FdaApproved, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IA, "1"),
            (_, false, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IA, "2"),
            (_, false, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IB, "3A"),
            (_, false, EvidenceLevel.ClinicalTrial, ScopeMatch.ThisTumorType, _) => new(EvidenceTier.IIC, "3A"),
            (_, false, EvidenceLevel.FdaApproved or EvidenceLevel.Guideline or EvidenceLevel.WellPoweredStudies, ScopeMatch.OtherTumorType, _) => new(EvidenceTier.IIC, "3B"),
            (_, false, _, _, _) => new(EvidenceTier.IID, "4"),
        };
}
