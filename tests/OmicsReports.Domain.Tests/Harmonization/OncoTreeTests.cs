using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

/// <summary>The tree's behaviour on a small hand-made tree (the shipped tree is tested in Ingest.Tests).</summary>
public class OncoTreeTests
{
    private static readonly OncoTree Tree = new(
        "test_release",
        [
            new("TISSUE", "Tissue", null, null, null, 0),
            new("LUNG", "Lung", "Lung Cancer", "Lung", "TISSUE", 1),
            new("NSCLC", "Non-Small Cell Lung Cancer", "Non-Small Cell Lung Cancer", "Lung", "LUNG", 2),
            new("LUAD", "Lung Adenocarcinoma", "Non-Small Cell Lung Cancer", "Lung", "NSCLC", 3),
            new("LUSC", "Lung Squamous Cell Carcinoma", "Non-Small Cell Lung Cancer", "Lung", "NSCLC", 3),
            new("SPCC", "Spindle Cell Carcinoma of the Lung", "Non-Small Cell Lung Cancer", "Lung", "NSCLC", 3),
            new("SCLC", "Small Cell Lung Cancer", "Small Cell Lung Cancer", "Lung", "LUNG", 2),
        ],
        [
            new("OLDLU", ["LUAD"], [OncoTreeRelation.Revocation], "test"),
            new("SpCC", ["SPCC"], [OncoTreeRelation.History], "test"),
            new("SPLIT", ["LUAD", "LUSC"], [OncoTreeRelation.Revocation], "test"),
            new("GONE", [], [], "test"),
        ]);

    [Theory]
    [InlineData("LUAD", "NSCLC", true)]
    [InlineData("LUSC", "NSCLC", true)]
    [InlineData("LUAD", "LUNG", true)]
    [InlineData("LUAD", "LUAD", true)]
    [InlineData("SCLC", "NSCLC", false)]
    [InlineData("LUNG", "LUAD", false)]
    [InlineData("OLDLU", "NSCLC", true)]
    [InlineData("LUAD", "UNKNOWN", false)]
    [InlineData("UNKNOWN", "LUNG", false)]
    public void IsWithin_Codes_FollowsParents(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, Tree.IsWithin(code, ancestor));
    }

    [Fact]
    public void Ancestors_Leaf_RunsFromParentToRoot()
    {
        Assert.Equal(["NSCLC", "LUNG", "TISSUE"], Tree.Ancestors("LUAD").Select(n => n.Code));
        Assert.Empty(Tree.Ancestors("TISSUE"));
        Assert.Empty(Tree.Ancestors("UNKNOWN"));
    }

    [Theory]
    [InlineData("LUAD", "LUAD", OncoTreeMatch.Current, null)]
    [InlineData(" luad ", "LUAD", OncoTreeMatch.Current, "tumour type reported as luad (OncoTree code case normalised)")]
    [InlineData("OLDLU", "LUAD", OncoTreeMatch.Retired, "tumour type reported as OLDLU (retired OncoTree code)")]
    [InlineData("SpCC", "SPCC", OncoTreeMatch.Renamed, "tumour type reported as SpCC (renamed OncoTree code)")]
    [InlineData("SPLIT", "NSCLC", OncoTreeMatch.RetiredAmbiguous,
        "tumour type reported as SPLIT (retired OncoTree code, split into LUAD, LUSC; their common ancestor is used)")]
    public void Resolve_Code_MapsWithANoteWhenChanged(string input, string code, OncoTreeMatch match, string? note)
    {
        var resolution = Tree.Resolve(input);

        Assert.Equal((code, match), (resolution.Type!.Code, resolution.Match));
        Assert.Equal(note, resolution.Note?.ToString());
    }

    [Theory]
    [InlineData("GONE")]
    [InlineData("NOPE")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolve_UnmappableCode_IsUnknownWithoutNote(string? input)
    {
        var resolution = Tree.Resolve(input);

        Assert.False(resolution.IsKnown);
        Assert.Equal(OncoTreeMatch.Unknown, resolution.Match);
        Assert.Null(resolution.Note);
    }

    [Fact]
    public void Find_RetiredCode_IsNotACurrentNode()
    {
        Assert.Null(Tree.Find("OLDLU"));
        Assert.Equal("Lung Squamous Cell Carcinoma", Tree.Find("lusc")!.Name);
    }

    [Fact]
    public void Constructor_MissingParentOrCycle_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OncoTree("x", [new("A", "A", null, null, "B", 1)], []));
        Assert.Throws<ArgumentException>(() => new OncoTree("x",
            [new("A", "A", null, null, "B", 1), new("B", "B", null, null, "A", 1)], []));
        Assert.Throws<ArgumentException>(() => new OncoTree("x",
            [new("A", "A", null, null, null, 0)], [new("OLD", ["B"], [OncoTreeRelation.History], "")]));
    }
}
