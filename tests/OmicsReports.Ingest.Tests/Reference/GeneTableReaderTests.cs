using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Tests.Reference;

public class GeneTableReaderTests
{
    private const string Header = "symbol\thgnc_id\tentrez_id\tprevious_symbols\taliases\tlocation";

    private static ReferenceTable<GeneRecord> Read(params string[] lines) =>
        GeneTableReader.Read(new StringReader(string.Join('\n', lines)), "genes.tsv");

    [Fact]
    public void Read_WellFormedRows_GivesRecordsWithListsSplit()
    {
        var table = Read(
            "# version 2026-11-21",
            Header,
            "ERBB2\tHGNC:3430\t2064\tNGL\tHER-2, HER2,NEU\t17q12",
            "",
            "TWNK\t\t56652\tC10orf2\t\t");

        Assert.False(table.HasErrors);
        Assert.Equal(2, table.Rows.Count);
        var erbb2 = table.Rows[0];
        Assert.Equal(("ERBB2", "HGNC:3430", 2064L, "17q12"), (erbb2.Symbol, erbb2.HgncId, erbb2.EntrezId, erbb2.Location));
        Assert.Equal(["NGL"], erbb2.PreviousSymbols);
        Assert.Equal(["HER-2", "HER2", "NEU"], erbb2.Aliases);
        var twnk = table.Rows[1];
        Assert.Equal(string.Empty, twnk.HgncId);
        Assert.Empty(twnk.Aliases);
        Assert.Null(twnk.Location);
    }

    public static TheoryData<string, int, int?, string> BadRows => new()
    {
        { "ERBB2\tHGNC:3430\t2064\t\t", 3, null, "expected 6 tab-separated columns, found 5" },
        { "ERBB 2\tHGNC:3430\t2064\t\t\t", 3, 1, "is not a gene symbol" },
        { "\tHGNC:3430\t2064\t\t\t", 3, 1, "is not a gene symbol" },
        { "ERBB2\t3430\t2064\t\t\t", 3, 2, "is not an HGNC ID" },
        { "ERBB2\tHGNC:3430\tNA\t\t\t", 3, 3, "is not an Entrez Gene ID" },
        { "ERBB2\tHGNC:3430\t-5\t\t\t", 3, 3, "is not an Entrez Gene ID" },
        { "KRAS\t\t\t\t\t", 3, 1, "symbol 'KRAS' is already on line 2" },
        { "OTHER\tHGNC:6407\t1\t\t\t", 3, 2, "HGNC ID 'HGNC:6407' is already on line 2" },
        { "OTHER\t\t3845\t\t\t", 3, 3, "Entrez Gene ID '3845' is already on line 2" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Read_MalformedRow_GivesLocatedError(string row, int line, int? column, string message)
    {
        var table = Read(Header, "KRAS\tHGNC:6407\t3845\t\tKRAS2\t12p12.1", row);

        var problem = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("genes.tsv", problem.File);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Single(table.Rows);
    }

    [Theory]
    [InlineData("symbol\thgnc\tentrez_id\tprevious_symbols\taliases\tlocation", 2)]
    [InlineData("symbol\thgnc_id\tentrez_id\tprevious_symbols\taliases", 6)]
    [InlineData("symbol\thgnc_id\tentrez_id\tprevious_symbols\taliases\tlocation\textra", 7)]
    public void Read_WrongHeader_GivesErrorAtTheColumn(string header, int column)
    {
        var table = Read(header, "KRAS\tHGNC:6407\t3845\t\t\t");

        var problem = Assert.Single(table.Problems);
        Assert.Equal((1, column), (problem.Line, problem.Column));
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Read_EmptyText_SaysTheHeaderIsMissing()
    {
        var table = Read("# only a comment");

        Assert.Contains("table is empty", Assert.Single(table.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsOrThrow_BrokenTable_ListsEveryLocatedError()
    {
        var table = Read(Header, "A\tx\t1\t\t\t", "B\t\tone\t\t\t");

        var error = Assert.Throws<InvalidDataException>(() => table.RowsOrThrow());

        Assert.Contains("genes.tsv:2:2: error:", error.Message, StringComparison.Ordinal);
        Assert.Contains("genes.tsv:3:3: error:", error.Message, StringComparison.Ordinal);
    }
}
