using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Ingest.Tests.Knowledge;

public class KnowledgeBaseLoaderErrorTests
{
    private const string GoodRule = """
        rules:
          - id: TEST-KRAS-G12C
            biomarker: KRAS G12C
            kind: therapeutic
            when:
              variant: { gene: KRAS, protein: [G12C] }
            scope: { tumorTypes: [NSCLC] }
            therapies:
              - sotorasib
            direction: sensitive
            evidence:
              source: fda-label
              level: fda-approved
              references:
                - fdaLabel: Lumakras
                  citation: Lumakras (sotorasib) FDA label, 2021
              lastReviewed: 2026-11-21
            rationale: KRAS G12C is targeted by sotorasib
            setting: { line: later-line, after: [systemic-therapy] }
        """;

    private static IReadOnlyList<ImportProblem> Load(string ruleText)
    {
        using var kb = new TemporaryKnowledgeBase();
        kb.Write("rules/test.yaml", ruleText);
        return KnowledgeBaseLoader.Load(kb.Folder, OncoTreeFixture.Current).Problems;
    }

    [Fact]
    public void Load_GoodRule_ReadsTypedCriterion()
    {
        using var kb = new TemporaryKnowledgeBase();
        kb.Write("rules/test.yaml", GoodRule);

        var result = KnowledgeBaseLoader.Load(kb.Folder, OncoTreeFixture.Current);

        Assert.Empty(result.Problems);
        var rule = Assert.Single(result.KnowledgeBase!.Rules);
        var criterion = Assert.IsType<ProteinChangeCriterion>(rule.When);
        Assert.Equal(["G12C"], criterion.Changes);
        Assert.Equal(new SourceLocation("knowledge/rules/test.yaml", 2, 5), rule.Location);
        Assert.Equal("9.9.9", result.KnowledgeBase.Stamp.Version);
    }

    public static TheoryData<string, string, string, int> BrokenRules => new()
    {
        { "therapies:", "therapys:", "unknown-key", 8 },
        { "protein: [G12C]", "protein: [G12Cysteine]", "protein-form", 6 },
        { "tumorTypes: [NSCLC]", "tumorTypes: [LUNGCANCER]", "unknown-oncotree-code", 2 },
        { "direction: sensitive", "direction: helpful", "unknown-value", 10 },
        { "lastReviewed: 2026-11-21", "lastReviewed: 21/11/2026", "expected-date", 17 },
        { "- sotorasib", "- Sotorasib", "therapy-case", 9 },
        { "variant: { gene: KRAS, protein: [G12C] }", "variant: { gene: KRAS, protein: [G12C], exon: 2 }", "variant-selectors", 6 },
        { "variant: { gene: KRAS, protein: [G12C] }", "tmb: { atLeast: ten }", "expected-number", 6 },
        { "variant: { gene: KRAS, protein: [G12C] }", "regex: KRAS.*", "unknown-criterion", 6 },
        { "citation: Lumakras (sotorasib) FDA label, 2021", "citation: Lumakras: FDA label", "yaml-syntax", 16 },
        { "id: TEST-KRAS-G12C", "id: test kras", "bad-id", 2 },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Load_BrokenRule_GivesLocatedError(string good, string bad, string code, int line)
    {
        var problems = Load(GoodRule.Replace(good, bad, StringComparison.Ordinal));

        var problem = Assert.Single(problems, p => p.Code == code);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("knowledge/rules/test.yaml", problem.File);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Load_ThreeLetterProteinChange_IsReadCanonicallyWithAWarning()
    {
        using var kb = new TemporaryKnowledgeBase();
        kb.Write("rules/test.yaml", GoodRule.Replace("protein: [G12C]", "protein: [p.Gly12Cys]", StringComparison.Ordinal));

        var result = KnowledgeBaseLoader.Load(kb.Folder, OncoTreeFixture.Current);

        var warning = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Warning, "protein-form", 6), (warning.Severity, warning.Code, warning.Line));
        Assert.Equal(["G12C"], Assert.IsType<ProteinChangeCriterion>(result.KnowledgeBase!.Rules.Single().When).Changes);
    }

    [Fact]
    public void Load_MisspeltKey_SuggestsTheIntendedOne()
    {
        var problem = Load(GoodRule.Replace("therapies:", "therapys:", StringComparison.Ordinal)).Single(p => p.Code == "unknown-key");

        Assert.Contains("did you mean 'therapies'", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("knowledge/rules/test.yaml:8:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_IsAnErrorAndNoKnowledgeBase()
    {
        using var kb = new TemporaryKnowledgeBase();
        kb.Write("rules/a.yaml", GoodRule);
        kb.Write("rules/b.yaml", GoodRule);

        var result = KnowledgeBaseLoader.Load(kb.Folder, OncoTreeFixture.Current);

        Assert.Null(result.KnowledgeBase);
        var duplicate = Assert.Single(result.Problems, p => p.Code == "duplicate-id");
        Assert.Equal("knowledge/rules/b.yaml", duplicate.File);
        Assert.Contains("knowledge/rules/a.yaml:2", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoManifest_IsAnError()
    {
        using var kb = new TemporaryKnowledgeBase();
        File.Delete(Path.Combine(kb.Folder, "manifest.yaml"));

        Assert.Contains(KnowledgeBaseLoader.Load(kb.Folder).Problems, p => p.Code == "no-manifest");
    }
}
