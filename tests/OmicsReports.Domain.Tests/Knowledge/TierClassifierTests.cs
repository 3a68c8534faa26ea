using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Tiering;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Tests.Knowledge;

public class TierClassifierTests
{
    public static TheoryData<ImplicationKind, Direction, EvidenceLevel, ScopeMatch, RecommendationStrength?, EvidenceTier, string> Table => new()
    {
        // Sensitivity: FDA approval or guideline in this tumour type is IA; the same evidence elsewhere is IIC.
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.FdaApproved, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "1" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "2" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, null, EvidenceTier.IB, "3A" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.ClinicalTrial, ScopeMatch.ThisTumorType, null, EvidenceTier.IIC, "3A" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.FdaApproved, ScopeMatch.OtherTumorType, null, EvidenceTier.IIC, "3B" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.Guideline, ScopeMatch.OtherTumorType, null, EvidenceTier.IIC, "3B" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.ClinicalTrial, ScopeMatch.OtherTumorType, null, EvidenceTier.IID, "4" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.CaseReports, ScopeMatch.ThisTumorType, null, EvidenceTier.IID, "4" },
        { ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.Preclinical, ScopeMatch.ThisTumorType, null, EvidenceTier.IID, "4" },

        // Resistance has its own levels.
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.FdaApproved, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "R1" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "R1" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, null, EvidenceTier.IB, "R2" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.ClinicalTrial, ScopeMatch.ThisTumorType, null, EvidenceTier.IIC, "R2" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.FdaApproved, ScopeMatch.OtherTumorType, null, EvidenceTier.IIC, "R2" },
        { ImplicationKind.Therapeutic, Direction.Resistant, EvidenceLevel.Preclinical, ScopeMatch.ThisTumorType, null, EvidenceTier.IID, "R2" },

        // Pharmacogenomics: the recommendation's source and strength, in any tumour type.
        { ImplicationKind.Pharmacogenomic, Direction.Avoid, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, RecommendationStrength.Strong, EvidenceTier.IA, "CPIC strong" },
        { ImplicationKind.Pharmacogenomic, Direction.ReduceDose, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, RecommendationStrength.Moderate, EvidenceTier.IB, "CPIC moderate" },
        { ImplicationKind.Pharmacogenomic, Direction.Alternative, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, RecommendationStrength.Optional, EvidenceTier.IIC, "CPIC optional" },
        { ImplicationKind.Pharmacogenomic, Direction.Avoid, EvidenceLevel.FdaApproved, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "FDA label" },
        { ImplicationKind.Pharmacogenomic, Direction.ReduceDose, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "guideline" },

        // Diagnostic and prognostic statements.
        { ImplicationKind.Diagnostic, Direction.Informative, EvidenceLevel.Guideline, ScopeMatch.ThisTumorType, null, EvidenceTier.IA, "Dx1" },
        { ImplicationKind.Diagnostic, Direction.Informative, EvidenceLevel.Guideline, ScopeMatch.OtherTumorType, null, EvidenceTier.IID, "Dx3" },
        { ImplicationKind.Prognostic, Direction.Informative, EvidenceLevel.WellPoweredStudies, ScopeMatch.ThisTumorType, null, EvidenceTier.IB, "Px2" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classify_EvidenceAndScope_GivesTierAndLevel(
        ImplicationKind kind, Direction direction, EvidenceLevel level, ScopeMatch scope, RecommendationStrength? strength, EvidenceTier tier, string expectedLevel)
    {
        var assignment = TierClassifier.Classify(kind, direction, level, scope, strength);

        Assert.Equal(new TierAssignment(tier, expectedLevel), assignment);
    }

    [Fact]
    public void Classify_ExcludedTumorType_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() =>
            TierClassifier.Classify(ImplicationKind.Therapeutic, Direction.Sensitive, EvidenceLevel.FdaApproved, ScopeMatch.Excluded, null));
    }
}
