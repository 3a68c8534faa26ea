using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using OmicsReports.Cli.Commands;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Cli.Tests.Corruption;

/// <summary>
/// Issue 12, "no crash": generated corruptions of the shared corpus (truncation at random offsets, dropped cells,
/// duplicated columns, garbled numbers, study paths leading out) run through <c>omics report --out</c> in-process.
/// Every outcome must be a refusal (exit 2) whose errors name an input file and that wrote nothing, or an
/// acceptance (exit 0) with exactly the findings of the intact input; never exit 1, a stack trace or a leaked secret.
/// </summary>
public sealed partial class CorruptionTests : IClassFixture<CorruptionTests.Baselines>
{
    private readonly Baselines baselines;

    public CorruptionTests(Baselines baselines) => this.baselines = baselines;

    [Theory]
    [InlineData(CorruptionKind.Truncate, 150)]
    [InlineData(CorruptionKind.DropCell, 110)]
    [InlineData(CorruptionKind.DuplicateColumn, 100)]
    [InlineData(CorruptionKind.GarbleNumber, 120)]
    [InlineData(CorruptionKind.PathEscape, 40)]
    public void CorruptedInput_IsRefusedWithALocationOrGivesTheSameFindings(CorruptionKind kind, int trials)
    {
        var inputs = kind == CorruptionKind.PathEscape ? CorpusInput.All.Where(i => i.IsStudy).ToArray() : [.. CorpusInput.All];
        var fraction = Gen.Choose(0, 9999).Select(i => i / 10000.0);
        var cases = (from input in Gen.Elements(inputs)
                     from file in fraction
                     from at in fraction
                     from pick in fraction
                     from variant in Gen.Choose(0, 63)
                     select (Input: input, Corruption: new Corruption(kind, file, at, pick, variant))).ToArbitrary();

        var property = Prop.ForAll(cases, trial => Outcome(trial.Input, trial.Corruption) is not { } why
            ? true
            : throw new Xunit.Sdk.XunitException($"{trial.Input} {trial.Corruption}: {why}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(trials).WithQuietOnSuccess(true), property);
    }

    /// <summary>Null when the outcome is acceptable, else what went wrong (FsCheck then shows the input and corruption).</summary>
    private string? Outcome(CorpusInput input, Corruption corruption)
    {
        var root = Directory.CreateTempSubdirectory("omics-corrupt-").FullName;
        try
        {
            var inputFolder = Path.Combine(root, "input");
            var paths = input.CopyTo(Directory.CreateDirectory(inputFolder).FullName);
            corruption.Apply(root, paths);
            var output = Path.Combine(root, "out");
            var (exit, stderr) = Run(input, paths, output);
            if (stderr.Contains(Corruption.Secret, StringComparison.Ordinal) || StackTrace().IsMatch(stderr))
            {
                return $"a secret or a stack trace reached the messages: {stderr}";
            }

            return exit switch
            {
                2 when Written(output) is { Length: > 0 } written => $"refused but wrote {written}",
                2 => ErrorLines(stderr).All(l => l.StartsWith(inputFolder, StringComparison.Ordinal)) && ErrorLines(stderr).Any()
                    ? null : $"a refusal without a file named: {stderr}",
                0 => Fingerprint(output).SequenceEqual(baselines.Of(input)) ? null : $"accepted with other findings: {stderr}",
                _ => $"exit {exit}: {stderr}",
            };
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static IEnumerable<string> ErrorLines(string stderr) =>
        stderr.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal));

    private static string Written(string output) =>
        Directory.Exists(output) ? string.Join(", ", Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)) : string.Empty;

    private static (int Exit, string Stderr) Run(CorpusInput input, IReadOnlyList<string> paths, string output)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var request = new ReportRequest(paths, output, ReportRunner.CaseFormat, new ImportOptions { Samples = input.Samples ?? [] });
        var exit = Task.Run(() => ReportRunner.RunAsync(request, stdout, stderr, CancellationToken.None, Baselines.Harmonizer.Value)).GetAwaiter().GetResult();
        return (exit, stderr.ToString());
    }

    /// <summary>The harmonized cases written, without where each finding came from (lines shift when rows move).</summary>
    private static List<string> Fingerprint(string output)
    {
        var result = new List<string>();
        foreach (var file in Directory.GetFiles(output, "*.case.json").Order(StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            Strip(node);
            result.Add($"{Path.GetFileName(file)} {node.ToJsonString()}");
        }

        return result;
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in new[] { "source", "sources", "warnings", "original", "notes" })
            {
                obj.Remove(name);
            }

            foreach (var (_, child) in obj)
            {
                Strip(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Strip(child);
            }
        }
    }

    [GeneratedRegex(@"^\s+at |Unhandled exception", RegexOptions.Multiline)]
    private static partial Regex StackTrace();

    /// <summary>The findings of every intact input, computed once; each must import cleanly.</summary>
    public sealed class Baselines
    {
        public static readonly Lazy<Harmonizer> Harmonizer = new(() => Ingest.Harmonizing.Harmonizer.From(ReferenceData.Load(ReferenceFolder())));

        private readonly Dictionary<string, List<string>> fingerprints = [];

        public List<string> Of(CorpusInput input)
        {
            lock (fingerprints)
            {
                if (!fingerprints.TryGetValue(input.Name, out var known))
                {
                    var root = Directory.CreateTempSubdirectory("omics-baseline-").FullName;
                    try
                    {
                        var paths = input.CopyTo(root);
                        var (exit, stderr) = Run(input, paths, Path.Combine(root, "out"));
                        Assert.True(exit == 0, $"{input.Name} does not import intact: {stderr}");
                        known = fingerprints[input.Name] = Fingerprint(Path.Combine(root, "out"));
                        Assert.NotEmpty(known);
                    }
                    finally
                    {
                        Directory.Delete(root, recursive: true);
                    }
                }

                return known;
            }
        }

        private static string ReferenceFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
                {
                    return Path.Combine(dir.FullName, "knowledge", ReferenceData.FolderName);
                }
            }

            throw new InvalidOperationException("The repository root (OmicsReports.sln) was not found above the test binaries.");
        }
    }
}
