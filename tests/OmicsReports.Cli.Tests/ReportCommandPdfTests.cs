using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics report --format pdf</c> run as a process, printing with real Chromium, read back with pdftotext.</summary>
public sealed class ReportCommandPdfTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("omics-report-pdf-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static string[] TwoSamples =>
    [
        TestData.Path("oncokb_annotator", "example_clinical.txt"), TestData.Terminated("oncokb_annotator", "example_maf.txt"),
        "--sample", "TCGA-05-4417-01", "--sample", "TCGA-02-0033-01", "--tumor-type", "NSCLC",
    ];

    [Fact]
    public async Task FormatPdf_WritesOneDraftPdfPerSample_NamedLikeTheWebExport()
    {
        var target = Path.Combine(output, "pdf");

        var result = await OmicsProcess.RunAsync(["report", .. TwoSamples, "--out", target, "--format", "pdf"], new Dictionary<string, string?>());

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Wrote 2 report(s)", result.Stdout, StringComparison.Ordinal);
        var files = Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Collection(files,
            f => Assert.Matches("^unknown_TCGA-02-0033-01_I-[0-9A-F]{8}_v1\\.pdf$", f),
            f => Assert.Matches("^unknown_TCGA-05-4417-01_I-[0-9A-F]{8}_v1\\.pdf$", f));
        Assert.Empty(Directory.GetDirectories(target));
        foreach (var sample in new[] { "TCGA-02-0033-01", "TCGA-05-4417-01" })
        {
            var file = Directory.GetFiles(target, $"*_{sample}_*.pdf").Single();
            var text = await PdfText.OfFileAsync(file);
            var reportId = Path.GetFileNameWithoutExtension(file).Split('_')[2];
            Assert.Contains($"Sample {sample}", text, StringComparison.Ordinal);
            Assert.Contains($"Report {reportId} v1", text, StringComparison.Ordinal);
            Assert.Contains("DRAFT — NOT FOR CLINICAL USE", text, StringComparison.Ordinal);
        }

        // The KRAS G12C sample's Tier IA therapy for NSCLC is printed, as the JSON report lists it.
        Assert.Contains("sotorasib", await PdfText.OfFileAsync(Directory.GetFiles(target, "*_TCGA-05-4417-01_*.pdf").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormatPdf_WithoutChromium_ExitsWith1_SaysHowToInstall_AndWritesNothing()
    {
        var target = Path.Combine(output, "pdf");
        var environment = new Dictionary<string, string?> { ["Omics__Pdf__ChromiumPath"] = Path.Combine(output, "no-chromium-here") };

        var result = await OmicsProcess.RunAsync(["report", .. TwoSamples, "--out", target, "--format", "pdf"], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Chromium was not found", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("Chromium", StringComparison.Ordinal));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task FormatPdf_WithBadInput_ExitsWith2_BeforePrintingAnything()
    {
        var input = Path.Combine(output, "data.maf");
        await File.WriteAllTextAsync(input, "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\nEGFR\tS1\tp.L858R\tmany\n");
        var target = Path.Combine(output, "pdf");

        var result = await OmicsProcess.RunAsync(["report", input, "--out", target, "--format", "pdf"], new Dictionary<string, string?>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("data.maf:2:4: error:", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
