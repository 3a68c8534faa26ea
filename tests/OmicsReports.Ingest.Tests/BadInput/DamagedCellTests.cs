using OmicsReports.Ingest.Tests.Support;
using OmicsReports.Ingest.Tests.Tsv;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Issue 12, "no crash" and "values": a coordinate or count cell that was damaged (a garbled "1" reads "--3", "0x1F"
/// or "7½") is a located error naming file, line and column in every reader that reads such a cell, never a finding
/// on an unknown sequence or a silently dropped count. The corruption test found the first of these in PCGR's
/// copy-number table; each row below is one reader and one kind of cell.
/// </summary>
public class DamagedCellTests
{
    private const string Seg = "ID\tchrom\tloc.start\tloc.end\tnum.mark\tseg.mean\nS1\t7\t100\t5000\t10\t0.8\n";

    private const string CbioportalSv =
        "Sample_Id\tSite1_Hugo_Symbol\tSite2_Hugo_Symbol\tSite1_Chromosome\tSite1_Position\tSite2_Chromosome\tSite2_Position\n" +
        "S1\tEML4\tALK\t2\t42295554\t2\t29223528\n";

    private const string Maf =
        "Chromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tHugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\n" +
        "7\t55259515\tT\tG\tEGFR\tS1\tMissense_Mutation\tp.L858R\n";

    public static TheoryData<string, string, string, string, string, int, int> Cells => new()
    {
        { "S1.cna.tsv", TsvFixtures.Segments, "\n7\t100", "\n--3\t100", "bad-chromosome", 3, 1 },
        { "S1.cna.tsv", TsvFixtures.Segments, "\t100\t5000", "\t12..5\t5000", "not-a-number", 3, 2 },
        { "S1.seg", Seg, "\t7\t", "\t0x1F\t", "bad-chromosome", 2, 2 },
        { "sv.txt", CbioportalSv, "\t2\t29223528", "\t1O0\t29223528", "bad-chromosome", 2, 6 },
        { "sv.txt", CbioportalSv, "\t42295554\t", "\t4,2\t", "not-a-number", 2, 5 },
        { "S1.fusions.tsv", TsvFixtures.Fusions, "\t2:42295554", "\t0x1F:42295554", "bad-breakpoint", 2, 2 },
        { "data.maf", Maf, "\n7\t", "\n--3\t", "bad-chromosome", 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task DamagedCell_IsAnErrorAtItsLineAndColumn(string name, string valid, string cell, string damaged, string code, int line, int column)
    {
        Assert.Contains(cell, valid, StringComparison.Ordinal);
        using (var folder = new TempFolder())
        {
            var intact = await Imports.RunAsync(folder.Write(name, valid));
            Assert.True(intact.Succeeded && intact.Cases.Count > 0, $"the intact {name} does not import: {string.Join("; ", intact.Errors)}");
        }

        var error = await Imports.SingleErrorAsync((name, valid.Replace(cell, damaged, StringComparison.Ordinal)));

        Assert.True((error.Code, error.Line, error.Column) == (code, line, column), $"{name} with {damaged}: {error}");
        Assert.EndsWith(name, error.File, StringComparison.Ordinal);
    }
}
