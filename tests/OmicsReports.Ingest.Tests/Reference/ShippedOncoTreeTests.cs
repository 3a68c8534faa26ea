using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Reference;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>The shipped OncoTree tables: derived faithfully from the release, and behaving as the real tree does.</summary>
public class ShippedOncoTreeTests
{
    private static readonly Lazy<OncoTree> Tree = new(() => OncoTreeReader.Load(RepositoryFolder.Reference));

    [Fact]
    public void ShippedTables_AreDerivedFromTheOncoTreeReleases()
    {
        var current = OncoTreeDerivation.Nodes(TestData.Path("oncotree", OncoTreeDerivation.Current + ".json"));
        var previous = OncoTreeDerivation.Nodes(TestData.Path("oncotree", OncoTreeDerivation.Previous + ".json"));
        var nodes = OncoTreeDerivation.NodeTable(current);
        var retired = OncoTreeDerivation.RetiredTable(current, previous);
        var nodesPath = RepositoryFolder.ReferenceFile(OncoTreeNodeReader.FileName);
        var retiredPath = RepositoryFolder.ReferenceFile(RetiredOncoTreeCodeReader.FileName);
        if (Environment.GetEnvironmentVariable("OMICS_WRITE_REFERENCE") == "1")
        {
            File.WriteAllText(nodesPath, nodes);
            File.WriteAllText(retiredPath, retired);
        }

        Assert.Equal(nodes, File.ReadAllText(nodesPath));
        Assert.Equal(retired, File.ReadAllText(retiredPath));
        Assert.Equal(current.Count, Tree.Value.Nodes.Count);
    }

    [Theory]
    [InlineData("LUAD", "NSCLC", true)]
    [InlineData("LUSC", "NSCLC", true)]
    [InlineData("LUAD", "LUNG", true)]
    [InlineData("NSCLC", "NSCLC", true)]
    [InlineData("SCLC", "NSCLC", false)]
    [InlineData("NSCLC", "LUAD", false)]
    [InlineData("COADREAD", "BOWEL", true)]
    [InlineData("GB", "DIFG", true)]
    [InlineData("GBM", "DIFG", true)]
    [InlineData("luad", "NSCLC", true)]
    [InlineData("NOSUCHCODE", "LUNG", false)]
    public void IsWithin_ShippedTree_FollowsTheRealHierarchy(string code, string ancestor, bool expected)
    {
        Assert.Equal(expected, Tree.Value.IsWithin(code, ancestor));
    }

    [Fact]
    public void Ancestors_Luad_AreNsclcLungAndTheRoot()
    {
        Assert.Equal(["NSCLC", "LUNG", "TISSUE"], Tree.Value.Ancestors("LUAD").Select(n => n.Code));
        Assert.Equal("Lung Adenocarcinoma", Tree.Value.Find("LUAD")!.Name);
        Assert.Equal(OncoTreeDerivation.Current, Tree.Value.Version);
    }

    [Fact]
    public void Resolve_Gbm_IsGlioblastomaIdhWildtypeWithANote()
    {
        var resolution = Tree.Value.Resolve("GBM");

        Assert.Equal("GB", resolution.Type!.Code);
        Assert.Equal(OncoTreeMatch.Retired, resolution.Match);
        Assert.Equal("tumour type reported as GBM (retired OncoTree code)", resolution.Note!.ToString());
    }

    /// <summary>
    /// OncoTree's own converter output for its documentation example (the input file beside the converted one, with
    /// the mapped code or "CODE -> {A,B}" suggestions) must agree with our resolution wherever the converter answered.
    /// </summary>
    [Theory]
    [InlineData("ALL")]
    [InlineData("BALL")]
    [InlineData("TALL")]
    [InlineData("PTCL")]
    [InlineData("PTCLNOS")]
    [InlineData("CHL")]
    [InlineData("MCL")]
    [InlineData("TNKL")]
    [InlineData("HIST")]
    [InlineData("SLL")]
    [InlineData("CLL")]
    [InlineData("LEUK")]
    [InlineData("CTCL")]
    [InlineData("RBL")]
    public void Resolve_ConverterExample_AgreesWithOncoTreeConverter(string input)
    {
        var original = File.ReadAllLines(TestData.Path("oncotree", "data_clinical_sample.txt"));
        var converted = File.ReadAllLines(TestData.Path("oncotree", "data_clinical_sample_remapped.txt"));
        var row = Array.FindIndex(original, l => l.Split('\t')[3] == input);
        Assert.True(row > 0, $"{input} is not in the converter example");
        var cells = converted[row].Split('\t');
        var braces = cells[4].Split('{', '}');
        var expected = cells[3].Length > 0 ? cells[3] : braces[1];

        var resolution = Tree.Value.Resolve(input);

        var ours = resolution.Match == OncoTreeMatch.RetiredAmbiguous
            ? string.Join(',', resolution.Candidates)
            : resolution.Type!.Code;
        Assert.Equal(expected, ours);
    }

    [Theory]
    [InlineData("ALL", "LNM", OncoTreeMatch.RetiredAmbiguous)]
    [InlineData("SpCC", "SPCC", OncoTreeMatch.Renamed)]
    [InlineData("aCML", "ACML", OncoTreeMatch.Renamed)]
    [InlineData("DIPG", "DMG", OncoTreeMatch.Retired)]
    [InlineData("OAST", "GNOS", OncoTreeMatch.Retired)]
    [InlineData("AASTR", "ASTR", OncoTreeMatch.Retired)]
    [InlineData("MM", "PCM", OncoTreeMatch.Renamed)]
    [InlineData("brca", "BRCA", OncoTreeMatch.Current)]
    public void Resolve_OlderOrOddCode_MapsToTheCurrentNode(string input, string expected, OncoTreeMatch match)
    {
        var resolution = Tree.Value.Resolve(input);

        Assert.Equal((expected, match), (resolution.Type!.Code, resolution.Match));
        Assert.NotNull(resolution.Note);
    }

    [Fact]
    public void RetiredTable_CoversEveryCodeDroppedSince2021()
    {
        var dropped = new[] { "AASTR", "AOAST", "AODG", "DIPG", "GBM", "OAST" };

        Assert.All(dropped, code => Assert.True(Tree.Value.Resolve(code).IsKnown, $"{code} is not mapped"));
        Assert.All(dropped, code => Assert.Null(Tree.Value.Find(code)));
    }
}
