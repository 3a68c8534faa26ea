using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>The hrd, hla and scored-ihc criteria as curators write them, and the errors they get.</summary>
public class ImmunogenomicRuleReaderTests
{
    private static string RuleWith(string when) => $$"""
        rules:
          - id: TEST-NEW-KIND
            biomarker: test
            kind: therapeutic
            when:
              {{when}}
            scope: { tumorTypes: [OVT] }
            therapies:
              - olaparib
            direction: sensitive
            evidence:
              source: fda-label
              level: fda-approved
              references:
                - fdaLabel: Lynparza
                  citation: Lynparza (olaparib) FDA label
              lastReviewed: 2026-12-06
            rationale: test
        """;

    private static (Criterion? When, IReadOnlyList<ImportProblem> Problems) Load(string when)
    {
        using var kb = new TemporaryKnowledgeBase();
        kb.Write("rules/test.yaml", RuleWith(when));
        var result = KnowledgeBaseLoader.Load(kb.Folder, OncoTreeFixture.Current);
        return (result.KnowledgeBase?.Rules.Single().When, result.Problems);
    }

    [Fact]
    public void Hrd_StatusAndScore_AreRead()
    {
        Assert.Equal(new HrdCriterion { Status = HrdStatus.Positive }, Load("hrd: positive").When);
        Assert.Equal(new HrdCriterion { ScoreKind = "GIS", AtLeast = 42 }, Load("hrd: { score: GIS, atLeast: 42 }").When);
    }

    [Fact]
    public void Hla_ScalarOrMapping_IsReadAtTwoFields()
    {
        Assert.Equal(new HlaCriterion { Gene = "HLA-A", Allele = "A*02:01" }, Load("hla: \"A*02:01\"").When);
        Assert.Equal(new HlaCriterion { Gene = "HLA-A", Allele = "A*02:01" }, Load("hla: { gene: HLA-A, allele: \"HLA-A*02:01\" }").When);
    }

    [Fact]
    public void Ihc_MarkerAlias_IsStoredUnderTheCanonicalName() =>
        Assert.Equal("FRα", Assert.IsType<IhcCriterion>(Load("ihc: { marker: FOLR1, score: PS2+, atLeast: 75 }").When).Marker);

    [Theory]
    [InlineData("hrd: indeterminate", "unknown-value")]
    [InlineData("hrd: { score: GIS }", "missing-key")]
    [InlineData("hla: \"A*02\"", "hla-allele")]
    [InlineData("hla: \"A2\"", "hla-allele")]
    [InlineData("hla: { gene: HLA-B, allele: \"A*02:01\" }", "hla-allele")]
    public void BadNewCriteria_AreLocatedErrors(string when, string code)
    {
        var (_, problems) = Load(when);

        var problem = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(code, problem.Code);
        Assert.Equal(6, problem.Line);
    }
}
