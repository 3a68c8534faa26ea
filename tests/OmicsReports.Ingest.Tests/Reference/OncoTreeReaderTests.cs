using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Tests.Reference;

public class OncoTreeReaderTests
{
    private const string NodesHeader = "# release: test\ncode\tname\tmain_type\ttissue\tparent\tlevel\n";
    private const string Root = "TISSUE\tTissue\t\t\t\t0\n";
    private const string Lung = "LUNG\tLung\tLung Cancer\tLung\tTISSUE\t1\n";
    private const string RetiredHeader = "code\tcurrent_codes\trelations\tbasis\n";

    private static (Domain.Harmonization.OncoTree? Tree, IReadOnlyList<Domain.Cases.ImportProblem> Problems) Read(
        string nodes, string retired = RetiredHeader) =>
        OncoTreeReader.Read(new StringReader(nodes), "oncotree.tsv", new StringReader(retired), "oncotree_retired.tsv");

    [Fact]
    public void Read_ValidTables_BuildsTheTree()
    {
        var (tree, problems) = Read(NodesHeader + Root + Lung, RetiredHeader + "OLDLUNG\tLUNG\thistory\tmade up for the test\n");

        Assert.Empty(problems);
        Assert.Equal("test", tree!.Version);
        Assert.Equal("LUNG", tree.Resolve("OLDLUNG").Type!.Code);
    }

    public static TheoryData<string, string, string, int, int?, string> BadTables => new()
    {
        { NodesHeader + Root + "LUNG\tLung\t\t\tTISSUE\tone\n", RetiredHeader, "oncotree.tsv", 4, 6, "is not a tree level" },
        { NodesHeader + Root + "LU NG\tLung\t\t\tTISSUE\t1\n", RetiredHeader, "oncotree.tsv", 4, 1, "is not an OncoTree code" },
        { NodesHeader + Root + "LUNG\t\t\t\tTISSUE\t1\n", RetiredHeader, "oncotree.tsv", 4, 2, "has no name" },
        { NodesHeader + Root + "LUNG\tLung\t\t\tBRAIN\t1\n", RetiredHeader, "oncotree.tsv", 4, 5, "parent BRAIN of LUNG is not in the table" },
        { NodesHeader + Root + "LUNG\tLung\t\t\tTISSUE\t2\n", RetiredHeader, "oncotree.tsv", 4, 6, "its parent TISSUE is at level 0" },
        { NodesHeader + Root + "LUNG\tLung\t\t\t\t1\n", RetiredHeader, "oncotree.tsv", 4, 5, "has no parent but is not the root" },
        { NodesHeader + Root + Lung + Lung, RetiredHeader, "oncotree.tsv", 5, 1, "code LUNG is already on line 4" },
        { NodesHeader + Root + Lung, RetiredHeader + "OLD\tBRAIN\thistory\tx\n", "oncotree_retired.tsv", 2, 2, "'BRAIN' is not a current OncoTree code" },
        { NodesHeader + Root + Lung, RetiredHeader + "LUNG\tTISSUE\thistory\tx\n", "oncotree_retired.tsv", 2, 1, "is a current code" },
        { NodesHeader + Root + Lung, RetiredHeader + "OLD\tLUNG\tsynonym\tx\n", "oncotree_retired.tsv", 2, 3, "'synonym' is not a relation" },
        { NodesHeader + Root + Lung, RetiredHeader + "OLD\tLUNG\thistory\t\n", "oncotree_retired.tsv", 2, 4, "does not say what it is based on" },
        { NodesHeader + Root + Lung, RetiredHeader + "OLD\tLUNG\thistory\n", "oncotree_retired.tsv", 2, null, "expected 4 tab-separated columns" },
        { "code\tname\tmain_type\ttissue\tparent\tlevel\n" + Root, RetiredHeader, "oncotree.tsv", 0, null, "lacks the line '# release:" },
    };

    [Theory]
    [MemberData(nameof(BadTables))]
    public void Read_BrokenTable_GivesNoTreeAndALocatedError(
        string nodes, string retired, string file, int line, int? column, string message)
    {
        var (tree, problems) = Read(nodes, retired);

        Assert.Null(tree);
        var problem = Assert.Single(problems);
        Assert.Equal((file, line, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
