using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Tests.Knowledge;

public class ScopeMatcherTests
{
    private static readonly ScopeMatcher Matcher = new(Fixtures.Tree);

    public static TheoryData<string, string?, ScopeMatch> Table => new()
    {
        { "NSCLC", "LUAD", ScopeMatch.ThisTumorType },
        { "NSCLC", "NSCLC", ScopeMatch.ThisTumorType },
        { "NSCLC", "luad", ScopeMatch.ThisTumorType },
        { "NSCLC", "COAD", ScopeMatch.OtherTumorType },
        { "LUAD", "NSCLC", ScopeMatch.OtherTumorType },
        { "NSCLC", null, ScopeMatch.OtherTumorType },
        { "solid-except-COADREAD", "LUAD", ScopeMatch.ThisTumorType },
        { "solid-except-COADREAD", "COAD", ScopeMatch.Excluded },
        { "solid-except-COADREAD", "AML", ScopeMatch.OtherTumorType },
        { "any", "AML", ScopeMatch.ThisTumorType },
        { "any", null, ScopeMatch.ThisTumorType },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Match_TumorTypeAgainstScope_UsesHierarchyAndExclusions(string scope, string? tumorType, ScopeMatch expected)
    {
        var ruleScope = scope switch
        {
            "solid-except-COADREAD" => new RuleScope { Breadth = ScopeBreadth.AllSolidTumors, Excluded = ["COADREAD"] },
            "any" => RuleScope.AnyTumor,
            _ => new RuleScope { TumorTypes = [scope] },
        };

        Assert.Equal(expected, Matcher.Match(ruleScope, tumorType));
    }
}
