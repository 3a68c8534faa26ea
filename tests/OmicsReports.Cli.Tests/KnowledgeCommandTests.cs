namespace OmicsReports.Cli.Tests;

/// <summary><c>omics kb validate | diff | reanalyze</c> run as a process against the shipped knowledge base and copies of it.</summary>
public sealed class KnowledgeCommandTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("omics-kb-cli-").FullName;

    private static string Shipped { get; } = FindKnowledge();

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public async Task Validate_ShippedKnowledgeBase_SucceedsWithVersionAndHash()
    {
        var result = await OmicsProcess.RunAsync(["kb", "validate", "--kb", Shipped], new Dictionary<string, string?>());

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches("Knowledge base [0-9.]+ \\(sha256 [0-9a-f]{64}\\): [0-9]+ rules", result.Stdout);
    }

    [Fact]
    public async Task Validate_MisspeltKey_ExitsTwoWithLocatedError()
    {
        var copy = Copy("broken");
        Edit(copy, "rules/melanoma.yaml", "therapies:", "therapys:");

        var result = await OmicsProcess.RunAsync(["kb", "validate", "--kb", copy], new Dictionary<string, string?>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken/rules/melanoma.yaml:9:5: error: 'therapys' is not a key", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffAndReanalyze_RemovedTherapy_ListsRuleAndAffectedCase()
    {
        var copy = Copy("newer");
        var version = ShippedVersion(copy);
        Edit(copy, "manifest.yaml", $"version: {version}", $"version: {version}-edited");
        Edit(copy, "rules/nsclc/drivers.yaml", "      - repotrectinib\n    direction: sensitive", "    direction: sensitive");
        var ros1 = Path.Combine(scratch, "ros1.json");
        await File.WriteAllTextAsync(ros1, """
            { "patient": { "id": "P1" }, "specimen": { "sampleId": "S-ROS1" }, "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
              "profiling": { "layers": [ { "layer": "structural-variants", "genes": ["ROS1", "ALK"] } ] },
              "structuralVariants": [ { "geneA": "CD74", "geneB": "ROS1", "source": { "file": "sv.txt", "line": 2 } } ] }
            """);
        var unaffected = Path.Combine(scratch, "kras.json");
        await File.WriteAllTextAsync(unaffected, """
            { "patient": { "id": "P2" }, "specimen": { "sampleId": "S-KRAS" }, "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
              "variants": [ { "gene": "KRAS", "protein": { "kind": "substitution", "referenceAminoAcid": "G", "start": 12, "end": 12, "alternate": "C", "shortForm": "G12C" },
                "source": { "file": "a.maf", "line": 3 } } ] }
            """);

        var diff = await OmicsProcess.RunAsync(["kb", "diff", Shipped, copy], new Dictionary<string, string?>());
        var reanalysis = await OmicsProcess.RunAsync(["kb", "reanalyze", Shipped, copy, ros1, unaffected], new Dictionary<string, string?>());

        Assert.True(diff.ExitCode == 0, diff.Stderr);
        Assert.Contains("changed  NSCLC-ROS1-FUSION-TKI: therapies", diff.Stdout, StringComparison.Ordinal);
        Assert.True(reanalysis.ExitCode == 0, reanalysis.Stderr);
        Assert.Contains("S-ROS1: 1 change(s)", reanalysis.Stdout, StringComparison.Ordinal);
        Assert.Contains("repotrectinib", reanalysis.Stdout, StringComparison.Ordinal);
        Assert.Contains("S-KRAS: no change", reanalysis.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reanalyze_NotACase_ExitsTwoWithoutStackTrace()
    {
        var report = Path.Combine(scratch, "report.json");
        await File.WriteAllTextAsync(report, """{ "sampleId": "S", "implications": [] }""");

        var result = await OmicsProcess.RunAsync(["kb", "reanalyze", Shipped, Shipped, report], new Dictionary<string, string?>());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reanalysis needs the harmonized case", result.Stderr, StringComparison.Ordinal);
    }

    private string Copy(string name)
    {
        var target = Path.Combine(scratch, name);
        foreach (var file in Directory.EnumerateFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    private static string ShippedVersion(string folder) =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(folder, "manifest.yaml")), @"(?m)^version: (\S+)").Groups[1].Value;

    private static void Edit(string folder, string relative, string from, string to)
    {
        var path = Path.Combine(folder, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("The checkout was not found.");
    }
}
