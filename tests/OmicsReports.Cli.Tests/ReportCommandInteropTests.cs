using System.Text.Json;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics report --format fhir</c> and <c>--format hl7v2</c> run as a process on the shared corpus.</summary>
public sealed class ReportCommandInteropTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("omics-interop-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static Task<OmicsProcess.Result> RunAsync(IDictionary<string, string?> environment, params string[] arguments) =>
        OmicsProcess.RunAsync(["report", .. arguments], environment);

    [Fact]
    public async Task StudyFolder_FormatFhir_WritesOneBundlePerSample()
    {
        var result = await RunAsync(new Dictionary<string, string?>(), TestData.Path("cbioportal_study_es_0", "study_es_0"), "--out", output, "--format", "fhir");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var files = Directory.GetFiles(output);
        Assert.Equal(845, files.Length);
        Assert.All(files, f => Assert.EndsWith(".fhir.json", f, StringComparison.Ordinal));
        using var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "TCGA-A1-A0SB-01.fhir.json")));
        Assert.Equal("Bundle", bundle.RootElement.GetProperty("resourceType").GetString());
        var resources = bundle.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        var report = resources.Single(r => r.GetProperty("resourceType").GetString() == "DiagnosticReport");
        Assert.Equal("preliminary", report.GetProperty("status").GetString());
        Assert.Contains(resources, r => r.GetProperty("resourceType").GetString() == "Specimen"
            && r.GetProperty("identifier")[0].GetProperty("value").GetString() == "TCGA-A1-A0SB-01");
        Assert.Empty(Directory.GetDirectories(output));
    }

    [Fact]
    public async Task StudyFolder_FormatHl7v2_WritesOneOruR01PerSample_FromTheConfiguredSender()
    {
        var environment = new Dictionary<string, string?> { ["Omics__Hl7__SendingFacility"] = "MOLPATH" };

        var result = await RunAsync(environment, TestData.Path("cbioportal_study_es_0", "study_es_0"), "--out", output, "--format", "hl7v2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var files = Directory.GetFiles(output);
        Assert.Equal(845, files.Length);
        Assert.All(files, f => Assert.EndsWith(".hl7", f, StringComparison.Ordinal));
        var msh = File.ReadAllText(files[0]).Split('\r')[0].Split('|');
        Assert.Equal(("MSH", "OmicsReports", "MOLPATH", "ORU^R01^ORU_R01", "2.5.1"), (msh[0], msh[2], msh[3], msh[8], msh[11]));
    }

    [Fact]
    public async Task LungSample_TierOneTherapy_ReachesBothFormatsWithGeneProteinChangeAndDrug()
    {
        // The upstream MAF lacks its final line break, which the importer refuses as possibly truncated.
        string[] inputs = [TestData.Path("oncokb_annotator", "example_clinical.txt"), TestData.Terminated("oncokb_annotator", "example_maf.txt"), "--sample", "TCGA-05-4417-01", "--tumor-type", "NSCLC"];

        var fhir = await RunAsync(new Dictionary<string, string?>(), [.. inputs, "--out", Path.Combine(output, "fhir"), "--format", "fhir"]);
        var hl7 = await RunAsync(new Dictionary<string, string?>(), [.. inputs, "--out", Path.Combine(output, "hl7"), "--format", "hl7v2"]);

        Assert.True(fhir.ExitCode == 0 && hl7.ExitCode == 0, fhir.Stderr + hl7.Stderr);
        using var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "fhir", "TCGA-05-4417-01.fhir.json")));
        var resources = bundle.RootElement.GetProperty("entry").EnumerateArray().ToDictionary(e => e.GetProperty("fullUrl").GetString()!, e => e.GetProperty("resource"));
        var sotorasib = resources.Values.Single(r => Components(r).Any(c => c.Code == "51963-7" && c.Value == "sotorasib")
            && Components(r).Any(c => c.Code == "93044-6" && c.Value!.Contains("tier IA", StringComparison.Ordinal)));
        var variant = resources[sotorasib.GetProperty("derivedFrom")[0].GetProperty("reference").GetString()!];
        Assert.Contains(("48018-6", "KRAS"), Components(variant));
        Assert.Contains(("48005-3", "p.G12C"), Components(variant));

        var segments = File.ReadAllText(Path.Combine(output, "hl7", "TCGA-05-4417-01.hl7")).Split('\r', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("OBX|", StringComparison.Ordinal)).Select(s => s.Split('|')).ToList();
        Assert.Contains(segments.GroupBy(s => s[4]), g =>
            g.Any(s => s[3].StartsWith("48018-6^", StringComparison.Ordinal) && s[5].Split('^')[1] == "KRAS")
            && g.Any(s => s[3].StartsWith("48005-3^", StringComparison.Ordinal) && s[5] == "p.G12C")
            && g.Any(s => s[3].StartsWith("51963-7^", StringComparison.Ordinal) && s[5] == "sotorasib"));
    }

    [Fact]
    public async Task InvalidHl7Settings_ExitWith1_AndWriteNothing()
    {
        var environment = new Dictionary<string, string?> { ["Omics__Hl7__SendingApplication"] = "A-NAME-LONGER-THAN-TWENTY-CHARACTERS" };

        var result = await RunAsync(environment, TestData.Path("oncokb_annotator", "example_clinical.txt"), "--out", output, "--format", "hl7v2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the HL7 settings (Omics:Hl7) are not valid", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Theory]
    [InlineData("fhir")]
    [InlineData("hl7v2")]
    public async Task BadInput_ExitsWith2_AndWritesNothing(string format)
    {
        var input = Path.Combine(output, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "data.maf"),
            "Hugo_Symbol\tTumor_Sample_Barcode\tHGVSp_Short\tt_depth\nEGFR\tS1\tp.L858R\t200\nKRAS\tS1\tp.G12C\tmany\n");
        var target = Path.Combine(output, "out");

        var result = await RunAsync(new Dictionary<string, string?>(), input, "--out", target, "--format", format);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("data.maf:3:4: error:", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    /// <summary>Each component of an Observation as (LOINC code, the words or code of its value).</summary>
    private static IEnumerable<(string? Code, string? Value)> Components(JsonElement resource) =>
        resource.TryGetProperty("component", out var components)
            ? components.EnumerateArray().Select(c => (
                c.GetProperty("code").TryGetProperty("coding", out var coding) ? coding[0].GetProperty("code").GetString() : null,
                c.TryGetProperty("valueCodeableConcept", out var concept)
                    ? concept.TryGetProperty("coding", out var codes) && codes[0].TryGetProperty("code", out var code) && !concept.TryGetProperty("text", out _)
                        ? code.GetString()
                        : concept.TryGetProperty("text", out var text) ? text.GetString() : null
                    : c.TryGetProperty("valueString", out var s) ? s.GetString() : null))
            : [];
}
