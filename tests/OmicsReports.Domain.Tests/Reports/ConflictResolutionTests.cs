using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Reports;

/// <summary>Conflicts: regimen-scoped resistance, label resistance over wild-type sensitivity, acquired resistance.</summary>
public class ConflictResolutionTests
{
    private static readonly Criterion V600E = new ProteinChangeCriterion { Gene = "BRAF", Changes = ["V600E"] };
    private static readonly Criterion RasWildType = new NoneOfCriterion { Parts = [new CodonCriterion { Gene = "KRAS", Codons = [new CodonRange(12, 13)] }] };
    private static readonly Criterion C797S = new ProteinChangeCriterion { Gene = "EGFR", Changes = ["C797S"] };
    private static readonly Criterion Ex19 = new ProteinChangeCriterion { Gene = "EGFR", Changes = ["E746_A750del"] };

    private static readonly DrugCatalog Drugs = new(
        new Dictionary<string, DrugInfo>(StringComparer.Ordinal)
        {
            ["cetuximab"] = new("cetuximab", DrugRole.Targeted, []),
            ["encorafenib"] = new("encorafenib", DrugRole.Targeted, []),
            ["fluorouracil"] = new("fluorouracil", DrugRole.Chemotherapy, []),
            ["osimertinib"] = new("osimertinib", DrugRole.Targeted, ["egfr-tki"]),
        },
        new Dictionary<string, DrugClass>(StringComparer.Ordinal) { ["egfr-tki"] = new("egfr-tki", "an EGFR tyrosine kinase inhibitor") });

    private static KnowledgeBase Colorectal(EvidenceLevel resistanceLevel) => Base(
        Rule("RAS-WT", RasWildType, ["COADREAD"], [["cetuximab"]]),
        Rule("BRAF-ENCO", V600E, ["COADREAD"], [["encorafenib", "cetuximab"]]),
        Rule("BRAF-CHEMO", V600E, ["COADREAD"], [["cetuximab", "fluorouracil"]]),
        Rule("BRAF-R", V600E, ["COADREAD"], [["cetuximab"]], Direction.Resistant, resistanceLevel) with { AppliesTo = ResistanceScope.Monotherapy })
        with { Drugs = Drugs };

    private static OmicsReport BrafColorectal(EvidenceLevel level, double purity = 0.6) => new ReportDistiller(Colorectal(level), Tree)
        .Distill(Case("COAD", Variant("BRAF", Substitution("V", 600, "E"))) with { Specimen = new Specimen { SampleId = "S", TumorPurity = purity, MeanCoverage = 500 } });

    [Fact]
    public void GuidelineResistance_DemotesTheWildTypeSensitivity_AndNeverLeavesItTierI()
    {
        var report = BrafColorectal(EvidenceLevel.Guideline);

        var wildType = report.Implications.Single(i => i.RuleIds.Contains("RAS-WT"));
        Assert.Equal(EvidenceTier.IIC, wildType.Tier);
        Assert.Equal(EvidenceTier.IA, wildType.DemotedFrom);
        Assert.Contains("resistance to cetuximab", wildType.ContradictedBy, StringComparison.Ordinal);
        var conflict = Assert.Single(report.Conflicts, c => report.Implications[c.For] == wildType);
        Assert.Equal(ConflictResolution.ResistanceOutranksWildType, conflict.Resolution);
        Assert.Equal(["BRAF-R"], report.Implications[conflict.Against].RuleIds);
    }

    [Fact]
    public void WeakerResistance_LeavesBothStanding_AndSaysSo()
    {
        var report = BrafColorectal(EvidenceLevel.ClinicalTrial);

        var wildType = report.Implications.Single(i => i.RuleIds.Contains("RAS-WT"));
        Assert.Equal(EvidenceTier.IA, wildType.Tier);
        Assert.Null(wildType.ContradictedBy);
        Assert.Equal(ConflictResolution.WeighBoth, Assert.Single(report.Conflicts, c => report.Implications[c.For] == wildType).Resolution);
    }

    [Fact]
    public void MonotherapyResistance_SparesTheCombinationBuiltToOvercomeIt_ButNotAChemotherapyBackbone()
    {
        var report = BrafColorectal(EvidenceLevel.Guideline);

        var combination = report.Implications.Single(i => i.RuleIds.Contains("BRAF-ENCO"));
        var chemo = report.Implications.Single(i => i.RuleIds.Contains("BRAF-CHEMO"));
        Assert.Empty(combination.Conflicts);
        Assert.NotEmpty(chemo.Conflicts);
        Assert.DoesNotContain(report.Conflicts, c => report.Implications[c.For] == combination);
    }

    [Fact]
    public void LowPurity_WildTypeIsNotReliablyExcluded_NoSensitivityAndARepeatTest()
    {
        var report = BrafColorectal(EvidenceLevel.Guideline, purity: 0.15);

        Assert.DoesNotContain(report.Implications, i => i.RuleIds.Contains("RAS-WT"));
        var test = Assert.Single(report.RecommendedTests, t => t.Test.StartsWith("Repeat", StringComparison.Ordinal));
        Assert.Contains("KRAS (DNA)", test.Test, StringComparison.Ordinal);
        Assert.Contains("tumour purity 15% is below 20%", test.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ResistanceToAReceivedDrug_IsAcquired_AndTheSensitivityIsMarkedReceived()
    {
        var kb = Base(
            Rule("EX19-OSI", Ex19, ["NSCLC"], [["osimertinib"]]) with { Setting = TherapySetting.FirstLine },
            Rule("C797S-R", C797S, ["NSCLC"], [["osimertinib"]], Direction.Resistant, EvidenceLevel.ClinicalTrial)) with { Drugs = Drugs };
        var omicsCase = Case("LUAD", Variant("EGFR", Range(ProteinChangeKind.Deletion, 746, 750, "E746_A750del")), Variant("EGFR", Substitution("C", 797, "S")))
            with { PriorTherapies = [new PriorTherapy { Drug = "osimertinib", Source = At }] };

        var report = new ReportDistiller(kb, Tree).Distill(omicsCase);

        var resistance = report.Implications.Single(i => i.Direction == Direction.Resistant);
        var sensitivity = report.Implications.Single(i => i.Direction == Direction.Sensitive);
        Assert.Equal(["osimertinib"], resistance.PriorTherapy!.Received);
        Assert.Equal(["osimertinib"], sensitivity.PriorTherapy!.Received);
        Assert.Equal(ConflictResolution.AcquiredResistance, Assert.Single(report.Conflicts).Resolution);
        Assert.Equal(["osimertinib"], report.PriorTherapies);
    }
}
