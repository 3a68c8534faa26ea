using System.IO.Compression;
using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Vcf;

/// <summary>One test per class of structural problem in a VCF: each refuses the import with a located error.</summary>
public class VcfBadInputTests
{
    private static async Task<ImportProblem> SingleErrorAsync(string vcf)
    {
        var error = await Imports.SingleErrorAsync(("calls.vcf", vcf));
        Assert.EndsWith("calls.vcf", error.File, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public async Task MissingChromHeader_IsRefused()
    {
        var error = await SingleErrorAsync("##fileformat=VCFv4.2\n##source=test\n");

        Assert.Equal("no-header", error.Code);
        Assert.Contains("#CHROM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataBeforeChromHeader_NamesTheLine()
    {
        var error = await SingleErrorAsync("##fileformat=VCFv4.2\n1\t100\t.\tA\tG\t.\tPASS\t.\n");

        Assert.Equal(("no-header", 2, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task HeaderWithoutTheFixedColumns_NamesTheColumn()
    {
        var error = await SingleErrorAsync("##fileformat=VCFv4.2\n#CHROM\tPOS\tREF\tALT\tQUAL\tFILTER\tINFO\n");

        Assert.Equal(("missing-column", 2, 3), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task RecordWithTooFewColumns_NamesLineAndColumn()
    {
        var vcf = VcfFixtures.Unnamed + "1\t200\t.\tC\tT\t.\tPASS\t.\tGT:AD:DP\t0/1:6,4:10\n";

        var error = await SingleErrorAsync(vcf);

        Assert.Equal(("column-count", 4, 11), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task NonNumericPosition_NamesColumnTwo()
    {
        var error = await SingleErrorAsync(VcfFixtures.Unnamed.Replace("1\t100\t", "1\tone hundred\t", StringComparison.Ordinal));

        Assert.Equal(("not-a-number", 3, 2), (error.Code, error.Line, error.Column));
        Assert.Contains("'one hundred'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNumericReadCounts_NameTheTumourColumn()
    {
        var error = await SingleErrorAsync(VcfFixtures.Unnamed.Replace("0/1:6,4:10\t", "0/1:six,4:10\t", StringComparison.Ordinal));

        Assert.Equal(("not-a-number", 3, 10), (error.Code, error.Line, error.Column));
        Assert.Contains("'six,4'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsqEntryThatDoesNotFitTheHeaderLayout_IsRefused()
    {
        var vcf = VcfFixtures.Header + "1\t100\t.\tA\tG\t.\tPASS\tCSQ=G|missense_variant|EGFR\tGT:AD\t0/0:10,0\t0/1:6,4\n";

        var error = await SingleErrorAsync(vcf);

        Assert.Equal(("csq-layout", 5, 8), (error.Code, error.Line, error.Column));
        Assert.Contains("3 sub-fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreSampleValuesThanFormatNames_IsRefused()
    {
        var error = await SingleErrorAsync(VcfFixtures.Unnamed.Replace("0/1:6,4:10\t", "0/1:6,4:10:99:1\t", StringComparison.Ordinal));

        Assert.Equal(("column-count", 3, 10), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task DamagedGzipCompression_IsOneErrorNamingTheFile()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(VcfFixtures.Annotated));
        }

        var bytes = compressed.ToArray();
        bytes.AsSpan(12, 40).Fill(0xFF); // inside the deflate data
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(folder.WriteBytes("calls.vcf.gz", bytes));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("damaged-compression", 0), (error.Code, error.Line));
        Assert.EndsWith("calls.vcf.gz", error.File, StringComparison.Ordinal);
        Assert.Empty(result.Cases);
    }

    [Fact]
    public async Task HeaderLineAmongTheRecords_IsRefused()
    {
        var error = await SingleErrorAsync(VcfFixtures.Unnamed + "##INFO=<ID=LATE,Number=1,Type=String,Description=\"late\">\n");

        Assert.Equal(("misplaced-header", 4, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public async Task SkipInvalid_ImportsTheOtherRecordsAndListsTheSkippedOne()
    {
        using var folder = new TempFolder();
        var vcf = VcfFixtures.Unnamed + "1\tbad\t.\tC\tT\t.\tPASS\t.\tGT:AD:DP\t0/1:6,4:10\t0/1:9,1:10\n1\t300\t.\tG\tA\t.\tPASS\t.\tGT:AD:DP\t0/1:5,5:10\t0/1:9,1:10\n";

        var result = await Imports.RunAsync(new OmicsReports.Ingest.Pipeline.ImportOptions { SkipInvalid = true }, folder.Write("calls.vcf", vcf));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([100L, 300L], Assert.Single(result.Cases).Variants.Select(v => v.Position!.Value));
        Assert.Equal(4, Assert.Single(result.Warnings, w => w.Code == "skipped-row").Line);
    }
}
