using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Ingest.Tests.Knowledge;

public class KnowledgeBaseHashTests
{
    [Fact]
    public void Hash_SameFiles_IsStable_AndReadmeDoesNotCount()
    {
        using var copy = new TemporaryKnowledgeBase(copyShipped: true);
        var before = KnowledgeBaseLoader.Load(copy.Folder, OncoTreeFixture.Current).KnowledgeBase!.Stamp;

        copy.Write("README.md", "edited prose");
        var after = KnowledgeBaseLoader.Load(copy.Folder, OncoTreeFixture.Current).KnowledgeBase!.Stamp;

        Assert.Equal(ShippedKnowledgeBase.Current.Stamp, before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Hash_RuleEdited_Changes()
    {
        using var copy = new TemporaryKnowledgeBase(copyShipped: true);
        copy.Replace("rules/colorectal.yaml", "appliesTo: monotherapy\n    evidence:\n      source: guideline\n      level: guideline", "appliesTo: monotherapy\n    evidence:\n      source: guideline\n      level: well-powered-studies");

        var edited = KnowledgeBaseLoader.Load(copy.Folder, OncoTreeFixture.Current).KnowledgeBase!.Stamp;

        Assert.Equal(ShippedKnowledgeBase.Current.Stamp.Version, edited.Version);
        Assert.NotEqual(ShippedKnowledgeBase.Current.Stamp.Sha256, edited.Sha256);
    }

    [Fact]
    public void Hash_CrlfLineEndings_AreTheSameContent()
    {
        using var copy = new TemporaryKnowledgeBase(copyShipped: true);
        var path = Path.Combine(copy.Folder, "rules", "melanoma.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(ShippedKnowledgeBase.Current.Stamp, KnowledgeBaseLoader.Load(copy.Folder, OncoTreeFixture.Current).KnowledgeBase!.Stamp);
    }
}
