using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>One test per class of structural problem: each refuses the whole import with a located error.</summary>
public class StructuralErrorTests
{
    private static Task<ImportProblem> SingleErrorAsync(params (string Name, string Text)[] files) => Imports.SingleErrorAsync(files);

    [Fact]
    public async Task WrongColumnCount_NamesLineAndFirstMissingColumn()
    {
        var maf = Fixtures.Maf.Replace("KRAS\tS1\tMissense_Mutation\tp.G12C\t180\t36", "KRAS\tS1\tMissense_Mutation\tp.G12C\t180", StringComparison.Ordinal);

        var error = await SingleErrorAsync(("data.maf", maf));

        Assert.Equal(("column-count", 4, 6), (error.Code, error.Line, error.Column));
        Assert.EndsWith("data.maf", error.File, StringComparison.Ordinal);
        Assert.Contains("5 columns but the header has 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNumericValueInNumericColumn_NamesColumn()
    {
        var maf = Fixtures.Maf.Replace("\t300\t", "\tdeep\t", StringComparison.Ordinal);

        var error = await SingleErrorAsync(("data.maf", maf));

        Assert.Equal(("not-a-number", 5, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("t_depth", error.Message, StringComparison.Ordinal);
        Assert.Contains("'deep'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleUnknownToClinicalFile_IsRefused()
    {
        var maf = Fixtures.Maf.Replace("BRAF\tS2", "BRAF\tS9", StringComparison.Ordinal);

        var error = await SingleErrorAsync(("clinical.txt", Fixtures.Clinical), ("data.maf", maf));

        Assert.Equal(("unknown-sample", 5, 2), (error.Code, error.Line, error.Column));
        Assert.Contains("'S9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRequiredColumn_InAStudyWhoseMetaSaysMaf()
    {
        using var folder = new TempFolder();
        folder.Write("study/meta_study.txt", "cancer_study_identifier: s\ntype_of_cancer: luad\n");
        folder.Write("study/meta_mutations.txt", "genetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\nstable_id: mutations\ndata_filename: data_mutations.txt\n");
        folder.Write("study/data_mutations.txt", "Hugo_Symbol\tSample\tHGVSp_Short\nEGFR\tS1\tp.L858R\n");

        var result = await Imports.RunAsync(Path.Combine(folder.Path, "study"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("missing-column", 1), (error.Code, error.Line));
        Assert.Contains("Tumor_Sample_Barcode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndecodableText_NamesLineAndByte()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.ASCII.GetBytes(Fixtures.Clinical).Concat(new byte[] { (byte)'S', (byte)'3', (byte)'a', 0x81, (byte)'\t', (byte)'L', (byte)'U', (byte)'A', (byte)'D', (byte)'\n' }).ToArray();
        var path = folder.WriteBytes("clinical.txt", bytes);

        var result = await Imports.RunAsync(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("undecodable-text", 4, 4), (error.Code, error.Line, error.Column));
        Assert.Contains("neither Latin-1 nor MacRoman", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJson_NamesLineAndColumn()
    {
        var json = "{\n  \"format\": \"omicsreports-case-bundle\",\n  \"version\": 1,,\n  \"patient\": { \"id\": \"P\" }\n}\n";

        var error = await SingleErrorAsync(("bundle.json", json));

        Assert.Equal(("invalid-json", 3), (error.Code, error.Line));
        Assert.Equal(16, error.Column); // the second comma
    }

    [Fact]
    public async Task BundleSchemaViolation_NamesThePathAndLine()
    {
        var json = "{\n  \"format\": \"omicsreports-case-bundle\",\n  \"version\": 1,\n  \"patient\": { \"id\": \"P\" },\n" +
                   "  \"specimen\": { \"sampleId\": \"S\" },\n  \"variants\": [\n    { \"gene\": \"EGFR\", \"vaf\": 31 }\n  ]\n}\n";

        var error = await SingleErrorAsync(("bundle.json", json));

        Assert.Equal(("schema", 7, 30), (error.Code, error.Line, error.Column)); // at the value 31
        Assert.StartsWith("$.variants[0].vaf:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BundleUnknownProperty_IsRefused()
    {
        var json = "{ \"format\": \"omicsreports-case-bundle\", \"version\": 1, \"patient\": { \"id\": \"P\" },\n  \"specimen\": { \"sampleID\": \"S\" } }";

        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("bundle.json", json));

        Assert.Empty(result.Cases);
        var error = Assert.Single(result.Errors, e => e.Message.Contains("sampleID", StringComparison.Ordinal));
        Assert.Equal(("schema", 2), (error.Code, error.Line));
        Assert.Contains("unknown property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsReturnedWhenOneOfSeveralFilesIsBad()
    {
        var maf = Fixtures.Maf.Replace("\t300\t", "\tdeep\t", StringComparison.Ordinal);
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(folder.Write("clinical.txt", Fixtures.Clinical), folder.Write("cna.txt", Fixtures.WideCna), folder.Write("data.maf", maf));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Cases);
    }
}
