namespace OmicsReports.Cli.Tests;

/// <summary>
/// Issue 12, finding 5: input that used to crash the command line (an unhandled NullReferenceException and a stack
/// trace) is a located refusal with exit 2, and nothing is written.
/// </summary>
public sealed class BadInputExitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("omics-badinput-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("variants", """{ "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P" }, "specimen": { "sampleId": "S" }, "variants": [null] }""")]
    [InlineData("patient", """{ "format": "omicsreports-case-bundle", "version": 1, "patient": null, "specimen": { "sampleId": "S" } }""")]
    [InlineData("specimen", """{ "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P" }, "specimen": { "sampleId": 7 } }""")]
    public async Task BundleWithNullOrWrongType_ExitsTwoWithALocatedErrorAndNoStackTrace(string what, string json)
    {
        var bundle = Path.Combine(folder, "bundle.json");
        await File.WriteAllTextAsync(bundle, json);
        var output = Path.Combine(folder, "out");

        var result = await OmicsProcess.RunAsync(["report", bundle, "--out", output, "--format", "case"], new Dictionary<string, string?>());

        Assert.True(result.ExitCode == 2, $"{what}: exit {result.ExitCode}: {result.Stderr}");
        Assert.Matches(@"bundle\.json:\d+:\d+: error: \$\.", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }
}
