using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Support;

/// <summary>Runs the real importer over corpus paths or fixture files.</summary>
internal static class Imports
{
    public static Task<ImportResult> RunAsync(params string[] paths) => RunAsync(new ImportOptions(), paths);

    public static Task<ImportResult> RunAsync(ImportOptions options, params string[] paths) =>
        RunAsync(Harmonizer.PassThrough, options, paths);

    public static Task<ImportResult> RunAsync(Harmonizer harmonizer, ImportOptions options, params string[] paths) =>
        Importer.CreateDefault(harmonizer).ImportAsync(paths, options);

    /// <summary>A path inside the shared corpus.</summary>
    public static string Corpus(params string[] parts) => TestData.Path(parts);

    /// <summary>Imports and asserts success, showing the errors when it failed.</summary>
    public static async Task<IReadOnlyList<OmicsCase>> CasesAsync(params string[] paths)
    {
        var result = await RunAsync(paths);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Cases;
    }

    public static OmicsCase Case(this IReadOnlyList<OmicsCase> cases, string sampleId) =>
        cases.SingleOrDefault(c => c.Specimen.SampleId == sampleId)
        ?? throw new Xunit.Sdk.XunitException($"No case for sample {sampleId}; cases: {string.Join(", ", cases.Select(c => c.Specimen.SampleId).Take(20))}");
}
