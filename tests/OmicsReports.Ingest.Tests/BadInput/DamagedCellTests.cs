using OmicsReports.Ingest.Tests.Support;
using OmicsReports.Ingest.Tests.Tsv;
using OmicsReports.Ingest.Tests.Vcf;

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

    /// <summary>Line 5: a Delly-style deletion with its genes named by VEP; line 6: a breakend. T1 (column 11) is the tumour.</summary>
    private const string StructuralVcf = VcfFixtures.Header +
        "2\t29223528\t.\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;CHR2=2;END=42295554;PE=7;CSQ=<DEL>|feature_truncation|ALK|ENST00000389048||||YES|,<DEL>|feature_truncation|EML4|ENST00000318522||||YES|\tGT:DV:RV\t0/0:0:0\t0/1:12:8\n" +
        "12\t11869000\t.\tN\tN[21:36231771[\t.\tPASS\tSVTYPE=BND;CSQ=N[21:36231771[|feature_truncation|ETV6|ENST00000396373||||YES|\tGT:DV:RV\t0/0:0:0\t0/1:9:4\n";

    public static TheoryData<string, string, string, string, string, int, int> Cells => new()
    {
        { "S1.cna.tsv", TsvFixtures.Segments, "\n7\t100", "\n--3\t100", "bad-chromosome", 3, 1 },
        { "S1.cna.tsv", TsvFixtures.Segments, "\t100\t5000", "\t12..5\t5000", "not-a-number", 3, 2 },
        { "S1.seg", Seg, "\t7\t", "\t0x1F\t", "bad-chromosome", 2, 2 },
        { "sv.txt", CbioportalSv, "\t2\t29223528", "\t1O0\t29223528", "bad-chromosome", 2, 6 },
        { "sv.txt", CbioportalSv, "\t42295554\t", "\t4,2\t", "not-a-number", 2, 5 },
        { "S1.fusions.tsv", TsvFixtures.Fusions, "\t2:42295554", "\t0x1F:42295554", "bad-breakpoint", 2, 2 },
        { "data.maf", Maf, "\n7\t", "\n--3\t", "bad-chromosome", 2, 1 },
        { "data.vcf", VcfFixtures.Annotated, "\n12\t25245350", "\n1e4e4\t25245350", "bad-chromosome", 6, 1 },
        { "sv.vcf", StructuralVcf, "\n2\t29223528", "\n7½\t29223528", "bad-chromosome", 5, 1 },
        { "sv.vcf", StructuralVcf, "END=42295554", "END=--3", "not-a-number", 5, 8 },
        { "sv.vcf", StructuralVcf, "CHR2=2", "CHR2=3 4", "bad-chromosome", 5, 8 },
        { "sv.vcf", StructuralVcf, "PE=7", "PE=1O0", "not-a-number", 5, 8 },
        { "sv.vcf", StructuralVcf, "0/1:12:8", "0/1:4,2:8", "not-a-number", 5, 11 },
        { "sv.vcf", StructuralVcf, "N[21:36231771[\t", "N[0x1F:36231771[\t", "bad-chromosome", 6, 5 },
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

    [Fact]
    public async Task StructuralVcf_ReadsItsCountsAndBreakpoints()
    {
        using var folder = new TempFolder();
        var cases = await Imports.CasesAsync(folder.Write("sv.vcf", StructuralVcf));

        var variants = Assert.Single(cases).StructuralVariants;
        Assert.Contains(variants, v => v is { BreakpointA: "2:29223528", BreakpointB: "2:42295554", SupportingReads: 20 });
        Assert.Contains(variants, v => v is { GeneA: "ETV6", BreakpointB: "21:36231771", SupportingReads: 13 });
    }
}
