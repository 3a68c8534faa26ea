using System.Text.Json;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics report</c> over one patient's VCF, fusion table, expression table and PharmCAT report.</summary>
public sealed class ReportCommandFormatsTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("omics-formats-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static string[] OnePatientsFiles =>
    [
        TestData.Path("pcgr_examples", "T001-COAD.grch38.vcf.gz"),
        TestData.Path("pcgr_examples", "T001-COAD.grch38.fusions.tsv"),
        TestData.Path("pcgr_examples", "T001-COAD.gene_expression.tsv.gz"),
        TestData.Path("pharmcat", "pharmcat.example2.report.json"),
    ];

    [Fact]
    public async Task VcfFusionsExpressionAndPharmCat_CombineIntoOneCase()
    {
        var result = await OmicsProcess.RunAsync(["report", .. OnePatientsFiles, "--out", output, "--format", "case"], new Dictionary<string, string?>());

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(Directory.GetFiles(output));
        Assert.EndsWith("TCGA-A6-2686-01A-01D-1408-10_TCGA-A6-2686-10A-01D-2188-10.case.json", file, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = report.RootElement;
        Assert.Equal(3313, root.GetProperty("variants").GetArrayLength());
        Assert.Equal(9, root.GetProperty("structuralVariants").GetArrayLength());
        Assert.Equal(19307, root.GetProperty("expression").GetArrayLength());
        var cyp2c19 = root.GetProperty("pharmacogenomics").EnumerateArray().Single(p => p.GetProperty("gene").GetString() == "CYP2C19");
        Assert.Equal(("*2/*2", "Poor Metabolizer"), (cyp2c19.GetProperty("diplotype").GetString(), cyp2c19.GetProperty("phenotype").GetString()));
        Assert.Equal(["vcf", "fusion-table", "expression-table", "pharmcat-report"],
            root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task SampleOption_NamesTheCombinedCase()
    {
        var result = await OmicsProcess.RunAsync(["report", .. OnePatientsFiles, "--out", output, "--format", "case", "--sample", "T001"], new Dictionary<string, string?>());

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(Directory.GetFiles(output));
        Assert.EndsWith("T001.case.json", file, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Contains(report.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "sample-renamed");
        Assert.Equal(3313, report.RootElement.GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public async Task BrokenVcfAmongTheFiles_ExitsWith2AndWritesNothing()
    {
        var broken = Path.Combine(output, "in", "calls.vcf");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        await File.WriteAllTextAsync(broken, "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n1\tone\t.\tA\tG\t.\tPASS\t.\n");
        var target = Path.Combine(output, "reports");

        var result = await OmicsProcess.RunAsync(["report", broken, .. OnePatientsFiles[1..], "--out", target, "--format", "json"], new Dictionary<string, string?>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("calls.vcf:3:2: error: POS 'one' is not a position", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
