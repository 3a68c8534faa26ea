using System.Text.Json;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics report</c> run as a process, as scripts and other tools run it.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("omics-report-").FullName;

    private static readonly Dictionary<string, string?> NoEnvironment = [];

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static Task<OmicsProcess.Result> RunAsync(params string[] arguments) => OmicsProcess.RunAsync(["report", .. arguments], NoEnvironment);

    [Fact]
    public async Task StudyFolder_WritesOneReportPerSample()
    {
        var result = await RunAsync(TestData.Path("cbioportal_study_es_0", "study_es_0"), "--out", output, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var files = Directory.GetFiles(output);
        Assert.Equal(845, files.Length);
        Assert.All(files, f => Assert.EndsWith(".report.json", f, StringComparison.Ordinal));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "TCGA-A1-A0SB-01.report.json")));
        Assert.Equal("TCGA-A1-A0SB-01", report.RootElement.GetProperty("sampleId").GetString());
        Assert.Equal(1, report.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", report.RootElement.GetProperty("knowledgeBase").GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Array, report.RootElement.GetProperty("implications").ValueKind);
        Assert.Empty(Directory.GetDirectories(output));
    }

    /// <summary>
    /// Issue 16, speed: reading, building, distilling and writing use every core, and the files must be the ones a
    /// strictly one-after-another run writes, byte for byte (the order of work must never leak into the output).
    /// </summary>
    [Theory]
    [InlineData("json")]
    [InlineData("case")]
    public async Task ParallelRun_WritesTheFilesOfASequentialRun(string format)
    {
        var study = TestData.Path("cbioportal_study_es_0", "study_es_0");
        var sequential = Path.Combine(output, "sequential");
        var parallel = Path.Combine(output, "parallel");

        var one = await RunAsync(study, "--out", sequential, "--format", format, "--parallelism", "1");
        var four = await RunAsync(study, "--out", parallel, "--format", format, "--parallelism", "4", "--timings");

        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.True(four.ExitCode == 0, four.Stderr);
        var names = Directory.GetFiles(sequential).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(845, names.Length);
        Assert.Equal(names, Directory.GetFiles(parallel).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(names, name => Assert.True(
            File.ReadAllBytes(Path.Combine(sequential, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(parallel, name!))),
            $"{name} differs between the sequential and the parallel run"));
        // --timings lists the phases on standard error, never on standard output.
        Assert.Contains("read maf", four.Stderr, StringComparison.Ordinal);
        Assert.Contains("total (process)", four.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("read maf", four.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralFilesOfOnePatient_CombineIntoOneCase_WithSampleAndTumorTypeOptions()
    {
        var folder = TestData.Terminated("oncokb_annotator");

        var result = await RunAsync(
            Path.Combine(folder, "example_clinical.txt"), Path.Combine(folder, "example_maf.txt"), Path.Combine(folder, "example_cna.txt"),
            "--out", output, "--format", "case", "--sample", "TCGA-05-4417-01", "--tumor-type", "NSCLC");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(Directory.GetFiles(output));
        Assert.EndsWith("TCGA-05-4417-01.case.json", file, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("NSCLC", report.RootElement.GetProperty("tumorType").GetProperty("code").GetString());
        Assert.Equal(9, report.RootElement.GetProperty("variants").GetArrayLength());
        Assert.Equal(3, report.RootElement.GetProperty("copyNumbers").GetArrayLength());
        Assert.Equal(3, report.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task FormatJson_WritesTheDistilledReport_WithTieredImplications()
    {
        var folder = TestData.Terminated("oncokb_annotator");

        var result = await RunAsync(
            Path.Combine(folder, "example_clinical.txt"), Path.Combine(folder, "example_maf.txt"),
            "--out", output, "--format", "json", "--sample", "TCGA-05-4417-01", "--tumor-type", "NSCLC");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var report = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(output))));
        var implications = report.RootElement.GetProperty("implications").EnumerateArray().ToArray();
        Assert.Contains(implications, i => i.GetProperty("therapies").EnumerateArray().Select(t => t.GetString()).SequenceEqual(new[] { "sotorasib" })
            && i.GetProperty("tier").GetString() == "IA" && i.GetProperty("direction").GetString() == "sensitive");
        Assert.Contains(implications, i => i.GetProperty("therapies").EnumerateArray().Select(t => t.GetString()).SequenceEqual(new[] { "erlotinib" })
            && i.GetProperty("direction").GetString() == "resistant");
        Assert.Equal("NSCLC", report.RootElement.GetProperty("tumorType").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PriorTherapyOption_IsReadIntoTheReport_EnablingTheLaterLineOption()
    {
        var bundle = Path.Combine(output, "..", $"{Path.GetFileName(output)}-lung.json");
        await File.WriteAllTextAsync(bundle, """
            { "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P1" }, "specimen": { "sampleId": "S-EGFR", "tumorPurity": 0.5 },
              "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
              "profiling": [ { "layer": "small-variants", "wholeGenome": true } ],
              "variants": [ { "gene": "EGFR", "hgvsP": "p.L858R", "consequence": "Missense_Mutation" } ] }
            """);
        try
        {
            var result = await RunAsync(bundle, "--out", output, "--format", "json", "--prior-therapy", "Osimertinib");

            Assert.True(result.ExitCode == 0, result.Stderr);
            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "S-EGFR.report.json")));
            Assert.Equal(["osimertinib"], report.RootElement.GetProperty("priorTherapies").EnumerateArray().Select(e => e.GetString()));
            var later = report.RootElement.GetProperty("implications").EnumerateArray()
                .Single(i => i.GetProperty("ruleIds")[0].GetString() == "NSCLC-EGFR-AFTER-TKI-AMIVANTAMAB-CHEMOTHERAPY");
            Assert.True(later.GetProperty("priorTherapy").GetProperty("requirementMet").GetBoolean());
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task BadInput_ExitsWith2_PrintsLocatedErrors_AndWritesNothing()
    {
        var input = Path.Combine(output, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "data.maf"),
            "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\nEGFR\tS1\tp.L858R\t200\nKRAS\tS1\tp.G12C\tmany\n");
        var target = Path.Combine(output, "reports");

        var result = await RunAsync(input, "--out", target, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("data.maf:3:4: error: Column t_depth: 'many' is not a whole number.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task SkipInvalid_ListsSkippedRowsAndSucceeds()
    {
        var input = Path.Combine(output, "data.maf");
        File.WriteAllText(input, "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\nEGFR\tS1\tp.L858R\t200\nKRAS\tS1\tp.G12C\tmany\n");
        var target = Path.Combine(output, "reports");

        var result = await RunAsync(input, "--out", target, "--format", "json", "--skip-invalid");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("data.maf:3:4: warning: Row skipped: Column t_depth: 'many' is not a whole number.", result.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(target));
    }

    [Theory]
    [InlineData("--format", "docx")]
    [InlineData("--tumor-type", "not a code")]
    public async Task UnusableOptions_ExitWith2(string option, string value)
    {
        var result = await RunAsync(TestData.Path("oncokb_annotator", "example_clinical.txt"), "--out", output, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(Directory.GetFiles(output));
    }

    [Fact]
    public async Task MissingOut_ExitsWith2()
    {
        var result = await RunAsync(TestData.Path("oncokb_annotator", "example_clinical.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnwritableOutput_ExitsWith1()
    {
        var blocker = Path.Combine(output, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var result = await RunAsync(TestData.Path("oncokb_annotator", "example_clinical.txt"), "--out", blocker, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
