using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Domain.Reports.Summary;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Reports;

/// <summary>Settings, preference, prior therapies, conditional tiers and the summary cards built from them.</summary>
public class SettingsAndLayoutTests
{
    private static readonly Criterion L858R = new ProteinChangeCriterion { Gene = "EGFR", Changes = ["L858R"] };

    private static readonly DrugCatalog Drugs = new(
        new Dictionary<string, DrugInfo>(StringComparer.Ordinal)
        {
            ["osimertinib"] = new("osimertinib", DrugRole.Targeted, ["egfr-tki"]),
            ["erlotinib"] = new("erlotinib", DrugRole.Targeted, ["egfr-tki"]),
            ["amivantamab"] = new("amivantamab", DrugRole.Targeted, []),
            ["carboplatin"] = new("carboplatin", DrugRole.Chemotherapy, ["platinum"]),
        },
        new Dictionary<string, DrugClass>(StringComparer.Ordinal)
        {
            ["egfr-tki"] = new("egfr-tki", "an EGFR tyrosine kinase inhibitor"),
            ["platinum"] = new("platinum", "platinum-based chemotherapy"),
        });

    private static readonly KnowledgeBase Egfr = Base(
        Rule("LATER", L858R, ["NSCLC"], [["amivantamab", "carboplatin"]]) with { Setting = new TherapySetting(TherapyLine.LaterLine, ["egfr-tki"]) },
        Rule("FIRST-ERLOTINIB", L858R, ["NSCLC"], [["erlotinib"]]) with { Setting = TherapySetting.FirstLine },
        Rule("FIRST-OSIMERTINIB", L858R, ["NSCLC"], [["osimertinib"]]) with { Setting = TherapySetting.FirstLine, Preferred = true })
        with { Drugs = Drugs };

    private static OmicsCase Lung(IReadOnlyList<string>? prior = null) => Case("LUAD", Variant("EGFR", Substitution("L", 858, "R"))) with
    {
        PriorTherapies = prior?.Select(d => new PriorTherapy { Drug = d, Source = At }).ToArray(),
    };

    [Fact]
    public void Options_PreferredFirstLineFirst_LaterLinesAfter_EachLabelled()
    {
        var report = new ReportDistiller(Egfr, Tree).Distill(Lung());

        Assert.Equal(["osimertinib", "erlotinib", "amivantamab"], report.Implications.Select(i => i.Therapies[0]));
        Assert.Equal(["First line", "First line", "After progression on an EGFR tyrosine kinase inhibitor"], report.Implications.Select(i => i.Setting!.Label));
        var layout = SummaryLayout.Of(report);
        Assert.Equal(["First line", "Later lines"], layout.Therapies.Select(c => c.Heading));
        Assert.True(layout.Therapies[0].NamedIsPreferred);
        Assert.Equal("osimertinib", report.Implications[layout.Therapies[0].Named].Therapies[0]);
        Assert.Equal(2, layout.TherapyCardCount);
    }

    [Fact]
    public void PriorTherapy_EnablesTheLaterLine_MarksTheReceivedDrug_AndNamesAnotherRegimen()
    {
        var report = new ReportDistiller(Egfr, Tree).Distill(Lung(["osimertinib"]));

        var layout = SummaryLayout.Of(report);
        Assert.Equal(["Later lines", "First line"], layout.Therapies.Select(c => c.Heading));
        var later = report.Implications.Single(i => i.RuleIds.Contains("LATER"));
        Assert.True(later.PriorTherapy!.RequirementMet);
        Assert.Contains("received (osimertinib)", later.PriorTherapy.Note, StringComparison.Ordinal);
        var firstLine = layout.Therapies[1];
        Assert.Equal("erlotinib", report.Implications[firstLine.Named].Therapies[0]);
        Assert.False(firstLine.NamedIsPreferred);
        Assert.Equal(["osimertinib"], report.Implications[firstLine.Options[^1]].PriorTherapy!.Received);
    }

    [Fact]
    public void PriorTherapyKnownButMissing_SaysTheRequirementIsNotMet()
    {
        var report = new ReportDistiller(Egfr, Tree).Distill(Lung(["carboplatin"]));

        var later = report.Implications.Single(i => i.RuleIds.Contains("LATER"));
        Assert.False(later.PriorTherapy!.RequirementMet);
        Assert.Null(new ReportDistiller(Egfr, Tree).Distill(Lung()).Implications.Single(i => i.RuleIds.Contains("LATER")).PriorTherapy);
    }

    [Fact]
    public void CoarserTumourType_GivesAConditionalTier_AndAsksForTheGrade()
    {
        var tree = new OncoTreeHierarchy(new OncoTree("test", new[]
        {
            new TumorTypeNode("TISSUE", "Tissue", null, null, null, 0),
            new TumorTypeNode("BRAIN", "CNS/Brain", null, null, "TISSUE", 1),
            new TumorTypeNode("ASTR", "Astrocytoma, IDH-Mutant", null, null, "BRAIN", 2),
            new TumorTypeNode("ASTR2", "Astrocytoma, IDH-Mutant, Grade 2", null, null, "ASTR", 3),
        }, []));
        var idh = new ProteinChangeCriterion { Gene = "IDH1", Changes = ["R132H"] };
        var kb = Base(Rule("GRADE2", idh, ["ASTR2"], [["vorasidenib"]]));

        var report = new ReportDistiller(kb, tree).Distill(Case("ASTR", Variant("IDH1", Substitution("R", 132, "H"))));

        var implication = Assert.Single(report.Implications);
        Assert.Equal(EvidenceTier.IA, implication.Tier);
        Assert.Equal("grade 2 (ASTR2); grade not reported", implication.Condition);
        Assert.EndsWith("tier IA only if grade 2 (ASTR2); grade not reported.", implication.Rationale, StringComparison.Ordinal);
        var test = Assert.Single(report.RecommendedTests);
        Assert.Equal("Tumour grade", test.Test);
        Assert.Contains("GRADE2", test.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rationale_WithAnExclusion_NeverReadsAsIfThePatientHadTheExcludedTumour()
    {
        var kb = Base(Rule("MEL", new ProteinChangeCriterion { Gene = "BRAF", Changes = ["V600E"] }, ["MEL"], [["dabrafenib"]], excluded: ["COADREAD"]));

        var rationale = new ReportDistiller(kb, Tree).Distill(Case("MEL", Variant("BRAF", Substitution("V", 600, "E")))).Implications.Single().Rationale;

        Assert.EndsWith("FDA-approved in Melanoma (MEL), this patient's tumour type (the evidence excludes Colorectal Adenocarcinoma (COADREAD)).", rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("Adenocarcinoma (COADREAD), this patient's", rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendedTest_NeverNamesAGeneProfiledInItsLayer()
    {
        var standard = new TumorTypeStandard
        {
            TumorType = "NSCLC",
            Biomarkers = [],
            Tests = [new TestRecommendation { Test = "EGFR, KRAS and BRAF sequencing", Reason = "Standard work-up.", Layer = Layer.SmallVariants, Genes = ["EGFR", "KRAS", "BRAF"] }],
            References = [],
            LastReviewed = new DateOnly(2026, 12, 6),
        };
        var kb = Base() with { Standards = [standard] };
        var panel = Case("LUAD") with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", new HashSet<string>(["EGFR"], StringComparer.Ordinal))]) };

        var test = Assert.Single(new ReportDistiller(kb, Tree).Distill(panel).RecommendedTests);

        Assert.Equal("KRAS, BRAF by DNA sequencing (small variants)", test.Test);
        Assert.DoesNotContain("EGFR", test.Test + test.Reason, StringComparison.Ordinal);
        Assert.Contains("Not assessed: DNA sequencing (small variants) for KRAS, BRAF", test.Reason, StringComparison.Ordinal);
    }
}
