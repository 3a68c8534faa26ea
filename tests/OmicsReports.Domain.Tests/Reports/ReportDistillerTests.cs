using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Domain.Serialization;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Reports;

public class ReportDistillerTests
{
    private static readonly Criterion L858R = new ProteinChangeCriterion { Gene = "EGFR", Changes = ["L858R"] };
    private static readonly Criterion T790M = new ProteinChangeCriterion { Gene = "EGFR", Changes = ["T790M"] };

    private static readonly KnowledgeBase Kb = Base(
        Rule("LUNG-L858R-ERLOTINIB", L858R, ["NSCLC"], [["erlotinib"]]),
        Rule("LUNG-T790M-ERLOTINIB-R", T790M, ["NSCLC"], [["erlotinib"]], Direction.Resistant, EvidenceLevel.Guideline),
        Rule("LUNG-L858R-OSIMERTINIB", L858R, ["NSCLC"], [["osimertinib"]]),
        Rule("AGNOSTIC-BRAF", new ProteinChangeCriterion { Gene = "BRAF", Changes = ["V600E"] }, ["solid"], [["dabrafenib", "trametinib"]], excluded: ["COADREAD"]),
        Rule("MEL-BRAF", new CodonCriterion { Gene = "BRAF", Codons = [new CodonRange(600, 600)] }, ["MEL"], [["dabrafenib", "trametinib"], ["vemurafenib", "cobimetinib"]]));

    private static readonly ReportDistiller Distiller = new(Kb, Tree);

    private static SmallVariant Egfr(string change) => Variant("EGFR", Substitution(change[..1], int.Parse(change[1..^1], System.Globalization.CultureInfo.InvariantCulture), change[^1..]));

    [Fact]
    public void Distill_SameInputTwice_GivesByteIdenticalJson()
    {
        var omicsCase = Case("LUAD", Egfr("L858R"), Egfr("T790M"), Variant("TP53", null, VariantConsequence.Nonsense), Variant("ZFHX3", Substitution("A", 100, "T")));

        var first = JsonSerializer.SerializeToUtf8Bytes(Distiller.Distill(omicsCase), OmicsJson.Indented);
        var second = JsonSerializer.SerializeToUtf8Bytes(new ReportDistiller(Kb, Tree).Distill(omicsCase with { }), OmicsJson.Indented);

        Assert.Equal(first, second);
    }

    [Fact]
    public void InputHash_PanelGeneSetsInAnyOrder_AreTheSameInput()
    {
        var ab = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gene in Enumerable.Range(0, 200).Select(i => $"G{i}"))
        {
            ab.Add(gene);
        }

        var ba = new HashSet<string>(ab.Reverse(), StringComparer.Ordinal);
        var one = Case("LUAD") with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", ab)]) };
        var other = Case("LUAD") with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", ba)]) };

        Assert.Equal(CaseHash.Sha256(one), CaseHash.Sha256(other));
        Assert.NotEqual(CaseHash.Sha256(one), CaseHash.Sha256(Case("COAD")));
    }

    [Fact]
    public void Distill_Report_RecordsKnowledgeBaseAndInputHash()
    {
        var omicsCase = Case("LUAD", Egfr("L858R"));

        var report = Distiller.Distill(omicsCase);

        Assert.Equal(Kb.Stamp, report.KnowledgeBase);
        Assert.Equal(CaseHash.Sha256(omicsCase), report.InputSha256);
        Assert.All(report.Implications, i => Assert.Equal("test-1", i.KnowledgeBaseVersion));
    }

    [Fact]
    public void Distill_SensitivityAndResistanceToOneDrug_AreGroupedAndExplained()
    {
        var report = Distiller.Distill(Case("LUAD", Egfr("L858R"), Egfr("T790M")));

        var erlotinib = report.Implications.Where(i => i.Therapies.SequenceEqual(["erlotinib"])).ToArray();
        Assert.Equal(2, erlotinib.Length);
        Assert.Single(erlotinib.Select(i => i.TherapyGroup).Distinct());
        Assert.All(erlotinib, i => Assert.NotEmpty(i.Conflicts));
        var group = report.TherapyGroups.Single(g => g.Group == erlotinib[0].TherapyGroup);
        Assert.Contains("erlotinib", group.Explanation, StringComparison.Ordinal);
        var positions = erlotinib.Select(i => report.Implications.ToList().IndexOf(i)).Order().ToArray();
        Assert.Equal(positions[0] + 1, positions[1]);
    }

    [Fact]
    public void Distill_Implication_ExplainsWhy()
    {
        var implication = Distiller.Distill(Case("LUAD", Egfr("L858R") with { Notes = [new HarmonizationNote("protein change", "p.Leu858Arg", "p.L858R", "three-letter codes")] }))
            .Implications.Single(i => i.Therapies.SequenceEqual(["osimertinib"]));

        Assert.Equal(["LUNG-L858R-OSIMERTINIB"], implication.RuleIds);
        Assert.Contains("Lung Adenocarcinoma (LUAD)", implication.Rationale, StringComparison.Ordinal);
        Assert.Contains("protein change reported as p.Leu858Arg", implication.Matched.Single().ReportedAs.Single(), StringComparison.Ordinal);
        Assert.Equal("case.maf:2", implication.Matched.Single().Source);
        Assert.NotEmpty(implication.References);
    }

    [Theory]
    [InlineData("LUAD", "which includes this Lung Adenocarcinoma (LUAD).")]
    [InlineData("NSCLC", "Non-Small Cell Lung Cancer (NSCLC), this patient's tumour type.")]
    [InlineData("COAD", "but not in Colon Adenocarcinoma (COAD), hence tier IIC.")]
    public void Rationale_SaysWhereTheEvidenceHoldsForThisPatient(string tumorType, string ending)
    {
        var implication = Distiller.Distill(Case(tumorType, Egfr("L858R"))).Implications.FirstOrDefault(i => i.Therapies.SequenceEqual(["osimertinib"]));

        Assert.NotNull(implication);
        Assert.EndsWith(ending, implication.Rationale, StringComparison.Ordinal);
        Assert.StartsWith("LUNG-L858R-OSIMERTINIB rationale; FDA-approved in Non-Small Cell Lung Cancer (NSCLC)", implication.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Distill_TumourAgnosticExclusion_IsNotAppliedNorUndoneByOtherTumourTypes()
    {
        var braf = Variant("BRAF", Substitution("V", 600, "E"));

        var colorectal = Distiller.Distill(Case("COAD", braf));
        var melanoma = Distiller.Distill(Case("MEL", braf));

        Assert.DoesNotContain(colorectal.Implications, i => i.Therapies.Contains("dabrafenib"));
        Assert.Contains(colorectal.NotApplied, n => n.RuleId == "AGNOSTIC-BRAF");
        Assert.Contains(colorectal.Implications, i => i.Therapies.Contains("vemurafenib") && i.Tier == EvidenceTier.IIC);
        Assert.Contains(melanoma.Implications, i => i.Therapies.Contains("dabrafenib") && i.Tier == EvidenceTier.IA);
    }

    [Fact]
    public void Rationale_WithAnExclusion_NeverReadsAsIfThePatientHadTheExcludedType()
    {
        var braf = Variant("BRAF", Substitution("V", 600, "E"));

        var rationale = Distiller.Distill(Case("MEL", braf)).Implications.Single(i => i.RuleIds.Contains("AGNOSTIC-BRAF")).Rationale;

        Assert.DoesNotContain("COADREAD), this patient's", rationale, StringComparison.Ordinal);
        Assert.DoesNotContain("other than", rationale, StringComparison.Ordinal);
        Assert.Matches(@"which includes this .*\(MEL\) \(the evidence excludes .*\(COADREAD\)\)\.$", rationale);
    }

    [Fact]
    public void Distill_Ranking_TierThenEvidenceThenSpecificity()
    {
        var report = Distiller.Distill(Case("LUAD", Variant("BRAF", Substitution("V", 600, "E"))));

        Assert.Equal(EvidenceTier.IA, report.Implications[0].Tier);
        Assert.True(report.Implications.Zip(report.Implications.Skip(1)).All(p => p.First.Tier <= p.Second.Tier || p.First.TherapyGroup == p.Second.TherapyGroup));
    }

    [Fact]
    public void Distill_ResistanceFromAnotherTumourType_IsNotReported()
    {
        var report = Distiller.Distill(Case("COAD", Egfr("T790M")));

        Assert.Empty(report.Implications);
    }

    [Fact]
    public void Distill_Vus_AreSummarisedNotFeatured()
    {
        var report = Distiller.Distill(Case("LUAD", Variant("ZFHX3", Substitution("A", 100, "T")), Variant("TP53", null, VariantConsequence.Nonsense)));

        Assert.Empty(report.Implications);
        Assert.Equal("ZFHX3", Assert.Single(report.Vus).Gene);
        Assert.Equal("TP53", Assert.Single(report.OtherFindings).Gene);
    }
}
