using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Validation;
using OmicsReports.Domain.Reports;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Knowledge;

public class KnowledgeValidatorTests
{
    private static readonly GeneCatalog Genes = new(
    [
        new GeneRecord("ERBB2", "HGNC:3430", 2064, [], ["HER2"], "17q12"),
        new GeneRecord("KRAS", "HGNC:6407", 3845, [], [], "12p12.1"),
        new GeneRecord("TP53", "HGNC:11998", 7157, [], [], "17p13.1"),
        new GeneRecord("BRCA2", "HGNC:1101", 675, [], [], "13q13.1"),
    ]);

    private static readonly Criterion G12D = new ProteinChangeCriterion { Gene = "KRAS", Changes = ["G12D"] };

    private static string[] Codes(params Rule[] rules) =>
        new KnowledgeValidator(Tree, Genes).Validate(Base(rules)).Select(p => p.Code).ToArray();

    [Fact]
    public void Validate_CleanRules_HasNoProblems() =>
        Assert.Empty(Codes(Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant)));

    [Fact]
    public void Validate_DuplicateId_NamesBothLocations()
    {
        var problems = new KnowledgeValidator(Tree, Genes).Validate(Base(
            Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant),
            Rule("A", G12D, ["NSCLC"], [["sotorasib"]]) with { Location = new OmicsReports.Domain.Cases.SourceLocation("rules/b.yaml", 9) }));

        var duplicate = Assert.Single(problems, p => p.Code == "duplicate-id");
        Assert.Equal(("rules/b.yaml", 9), (duplicate.File, duplicate.Line));
        Assert.Contains("rules/test.yaml:3", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownGeneOrAlias_IsAnError()
    {
        var alias = new CopyNumberCriterion { Gene = "HER2", Event = CopyNumberEvent.Amplification };
        var unknown = new ProteinChangeCriterion { Gene = "NOTAGENE", Changes = ["V1A"] };

        Assert.Equal(["unknown-gene", "unknown-gene"], Codes(Rule("A", alias, ["BRCA"], [["trastuzumab"]]), Rule("B", unknown, ["NSCLC"], [["x"]])).Where(c => c == "unknown-gene"));
    }

    [Fact]
    public void Validate_UnknownOncoTreeCode_IsAnError() =>
        Assert.Contains("unknown-oncotree-code", Codes(Rule("A", G12D, ["LUNGCA"], [["sotorasib"]])));

    [Fact]
    public void Validate_SameCriterionOppositeDirectionsSameRegimen_Contradict() =>
        Assert.Contains("contradicting-rules", Codes(
            Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant),
            Rule("B", G12D, ["COAD"], [["cetuximab"]], Direction.Sensitive)));

    [Fact]
    public void Validate_SameDrugInDifferentRegimens_IsNotAContradiction() =>
        Assert.Empty(Codes(
            Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant),
            Rule("B", G12D, ["COADREAD"], [["cetuximab", "sotorasib"]], Direction.Sensitive)));

    [Fact]
    public void Validate_OppositeDirectionsInDisjointTumourTypes_AreNotAContradiction() =>
        Assert.Empty(Codes(
            Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant),
            Rule("B", G12D, ["NSCLC"], [["cetuximab"]], Direction.Sensitive)));

    [Fact]
    public void Validate_ExactDuplicateRule_IsAnError() =>
        Assert.Contains("duplicate-rule", Codes(
            Rule("A", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant),
            Rule("B", G12D, ["COADREAD"], [["cetuximab"]], Direction.Resistant)));

    [Fact]
    public void Validate_TherapeuticRuleWithoutTherapies_IsAnError() =>
        Assert.Contains("no-therapies", Codes(Rule("A", G12D, ["COADREAD"], [])));

    [Fact]
    public void Validate_SensitivityWithoutSetting_IsAWarningNamingTheRegimen()
    {
        var problems = new KnowledgeValidator(Tree, Genes).Validate(Base(Rule("A", G12D, ["NSCLC"], [["sotorasib"]]) with { Setting = null }));

        var problem = Assert.Single(problems, p => p.Code == "no-setting");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("sotorasib", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TherapyFields_AreCheckedAgainstTheDrugCatalogue()
    {
        var drugs = new DrugCatalog(
            new Dictionary<string, DrugInfo>(StringComparer.Ordinal) { ["sotorasib"] = new("sotorasib", DrugRole.Targeted, []) },
            new Dictionary<string, DrugClass>(StringComparer.Ordinal) { ["egfr-tki"] = new("egfr-tki", "an EGFR tyrosine kinase inhibitor") });
        var rules = new[]
        {
            Rule("UNKNOWN-DRUG", G12D, ["NSCLC"], [["sotorasib", "mystery"]]),
            Rule("UNKNOWN-REQUIREMENT", G12D, ["NSCLC"], [["sotorasib"]]) with { Setting = new TherapySetting(TherapyLine.LaterLine, ["kras-inhibitor"]) },
            Rule("KNOWN-REQUIREMENTS", G12D, ["NSCLC"], [["sotorasib"]]) with { Setting = new TherapySetting(TherapyLine.LaterLine, ["egfr-tki", "chemotherapy", "systemic-therapy", "sotorasib"]) },
            Rule("SCOPE-ON-SENSITIVITY", G12D, ["NSCLC"], [["sotorasib"]]) with { AppliesTo = ResistanceScope.Monotherapy },
            Rule("ACQUIRED-ON-SENSITIVITY", G12D, ["NSCLC"], [["sotorasib"]]) with { Acquired = true },
            Rule("ACQUIRED-RESISTANCE", G12D, ["NSCLC"], [["sotorasib"]], Direction.Resistant) with { Acquired = true },
            Rule("PARTNER-NOT-IN-REGIMEN", G12D, ["NSCLC"], [["sotorasib"]]) with { Partners = ["cetuximab"] },
            Rule("SETTING-ON-RESISTANCE", G12D, ["COADREAD"], [["sotorasib"]], Direction.Resistant) with { Setting = TherapySetting.FirstLine },
        };

        var problems = new KnowledgeValidator(Tree, Genes).Validate(Base(rules) with { Drugs = drugs })
            .Where(p => p.Code is not ("duplicate-rule" or "contradicting-rules"))
            .Select(p => (p.Code, Rule: rules.Single(r => p.Message.Contains($"Rule {r.Id} ", StringComparison.Ordinal)).Id)).ToArray();

        Assert.Equal(
            [("unknown-drug", "UNKNOWN-DRUG"), ("unknown-requirement", "UNKNOWN-REQUIREMENT"), ("applies-to-resistance-only", "SCOPE-ON-SENSITIVITY"),
             ("acquired-resistance-only", "ACQUIRED-ON-SENSITIVITY"),
             ("unknown-partner", "PARTNER-NOT-IN-REGIMEN"), ("setting-not-sensitivity", "SETTING-ON-RESISTANCE")],
            problems);
    }
}
