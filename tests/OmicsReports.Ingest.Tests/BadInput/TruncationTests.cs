using System.IO.Compression;
using System.Text;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Issue 12, findings 1 and 2: a file cut short must never import as a shorter file. A tabular file whose last line
/// has no line break, and a gzip or BGZF file that does not decompress to its end, are refused with a located error.
/// </summary>
public class TruncationTests
{
    [Fact]
    public async Task MafCutInsideItsLastCell_IsRefusedNamingTheLine()
    {
        // "50" becomes "5" and the rows after the cut are gone: imported, this would be another tumour.
        var cut = Fixtures.Maf[..(Fixtures.Maf.IndexOf("\t50\n", StringComparison.Ordinal) + 2)];

        var error = await Imports.SingleErrorAsync(("data.maf", cut));

        Assert.Equal(("truncated", 3), (error.Code, error.Line));
        Assert.Contains("ends in the middle of line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("may be truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicalFileCutShort_IsRefused()
    {
        var error = await Imports.SingleErrorAsync(("clinical.txt", Fixtures.Clinical.TrimEnd('\n')[..^2]), ("data.maf", Fixtures.Maf));

        Assert.Equal(("truncated", 3), (error.Code, error.Line));
        Assert.EndsWith("clinical.txt", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenePanelMatrixCutShort_IsRefusedInAStudy()
    {
        using var folder = new TempFolder();
        folder.Write("study/meta_study.txt", "cancer_study_identifier: s\ntype_of_cancer: luad\n");
        folder.Write("study/meta_clinical_samples.txt", "genetic_alteration_type: CLINICAL\ndatatype: SAMPLE_ATTRIBUTES\ndata_filename: data_clinical.txt\n");
        folder.Write("study/data_clinical.txt", Fixtures.Clinical);
        folder.Write("study/meta_mutations.txt", "genetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\nstable_id: mutations\ndata_filename: data_mutations.txt\n");
        folder.Write("study/data_mutations.txt", Fixtures.Maf);
        folder.Write("study/meta_gene_panel_matrix.txt", "genetic_alteration_type: GENE_PANEL_MATRIX\ndatatype: GENE_PANEL_MATRIX\ndata_filename: data_gene_panel_matrix.txt\n");
        folder.Write("study/data_gene_panel_matrix.txt", "SAMPLE_ID\tmutations\nS1\tP1\nS2\tP");

        var result = await Imports.RunAsync(Path.Combine(folder.Path, "study"));

        Assert.Empty(result.Cases);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("truncated", 3), (error.Code, error.Line));
        Assert.EndsWith("data_gene_panel_matrix.txt", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainVcfCutShort_IsRefused()
    {
        var vcf = File.ReadAllText(Imports.Corpus("pharmcat", "pharmcat.example.vcf"));
        var cut = vcf[..(vcf.Length / 2)];
        cut = cut.EndsWith('\n') ? cut[..^1] : cut;

        var error = await Imports.SingleErrorAsync(("calls.vcf", cut));

        Assert.Equal("truncated", error.Code);
        Assert.Equal(cut.Count(c => c == '\n') + 1, error.Line);
    }

    [Fact]
    public async Task CompleteFileEndingWithBlankSpace_IsStillRead()
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("data.maf", Fixtures.Maf + "\r\n  "));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    public static TheoryData<string, double> BgzfCuts => new()
    {
        { "cut at 10%", 0.10 },
        { "cut at 50%", 0.50 },
        { "cut at 99%", 0.99 },
    };

    [Theory]
    [MemberData(nameof(BgzfCuts))]
    public async Task BgzipVcfCutShort_IsDamagedCompression(string label, double fraction)
    {
        var bytes = File.ReadAllBytes(Imports.Corpus("pcgr_examples", "T001-COAD.grch38.vcf.gz"));

        var error = await Imports.SingleBinaryErrorAsync("calls.vcf.gz", bytes[..(int)(bytes.Length * fraction)]);

        Assert.True(error.Code == "damaged-compression", $"{label}: {error}");
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BgzipVcfWithoutItsEndOfFileBlock_IsDamagedCompression()
    {
        var bytes = File.ReadAllBytes(Imports.Corpus("pcgr_examples", "T001-COAD.grch38.vcf.gz"));

        var error = await Imports.SingleBinaryErrorAsync("calls.vcf.gz", bytes[..^28]);

        Assert.Equal("damaged-compression", error.Code);
        Assert.Contains("end-of-file block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BgzipVcfWithDataAfterItsEndOfFileBlock_IsDamagedCompression()
    {
        var bytes = File.ReadAllBytes(Imports.Corpus("pcgr_examples", "T001-COAD.grch38.vcf.gz"));

        var error = await Imports.SingleBinaryErrorAsync("calls.vcf.gz", [.. bytes, .. "junk"u8]);

        Assert.Equal("damaged-compression", error.Code);
    }

    [Fact]
    public async Task BgzipBlockWithAWrongChecksum_IsDamagedCompression()
    {
        var bytes = File.ReadAllBytes(Imports.Corpus("pcgr_examples", "T001-COAD.grch38.vcf.gz"));
        bytes[^(28 + 8)] ^= 0x5A; // the CRC-32 of the last data block

        var error = await Imports.SingleBinaryErrorAsync("calls.vcf.gz", bytes);

        Assert.Equal("damaged-compression", error.Code);
    }

    [Fact]
    public async Task PlainGzipCutShort_IsDamagedCompression()
    {
        var bytes = File.ReadAllBytes(Imports.Corpus("pcgr_examples", "T001-COAD.gene_expression.tsv.gz"));

        var error = await Imports.SingleBinaryErrorAsync("expression.tsv.gz", bytes[..(bytes.Length * 3 / 4)]);

        Assert.Equal("damaged-compression", error.Code);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiMemberPlainGzip_IsReadWhole()
    {
        using var folder = new TempFolder();
        var half = Fixtures.Maf.IndexOf("KRAS", StringComparison.Ordinal);
        var bytes = Gzip(Fixtures.Maf[..half]).Concat(Gzip(Fixtures.Maf[half..])).ToArray();

        var result = await Imports.RunAsync(folder.WriteBytes("data.maf.gz", bytes));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Cases.Sum(c => c.Variants.Count));
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
