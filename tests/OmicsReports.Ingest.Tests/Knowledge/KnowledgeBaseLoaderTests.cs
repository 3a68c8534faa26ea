using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Tests.Knowledge;

public class ShippedKnowledgeBaseTests
{
    [Fact]
    public void Load_ShippedKnowledgeBase_HasNoProblems()
    {
        var result = ShippedKnowledgeBase.LoadResult;

        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.NotNull(result.KnowledgeBase);
    }

    [Fact]
    public void Load_ShippedKnowledgeBase_HasCoreRulesVersionAndHash()
    {
        var kb = ShippedKnowledgeBase.Current;

        Assert.True(kb.Rules.Count >= 40, $"{kb.Rules.Count} rules");
        Assert.Matches("^[0-9]{4}\\.[0-9]+\\.[0-9]+$", kb.Stamp.Version);
        Assert.Matches("^[0-9a-f]{64}$", kb.Stamp.Sha256);
        Assert.Contains(kb.Standards, s => s.TumorType == "NSCLC");
        Assert.Contains(kb.Standards, s => s.TumorType == "COADREAD");
    }
}
