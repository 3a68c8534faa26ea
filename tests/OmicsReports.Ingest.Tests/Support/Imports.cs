using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Reference;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Support;

/// <summary>Runs the real importer over corpus paths or fixture files.</summary>
internal static class Imports
{
    public static Task<ImportResult> RunAsync(params string[] paths) => RunAsync(new ImportOptions(), paths);

    /// <summary>The harmonizer of a deployment: the gene table and OncoTree shipped in knowledge/reference.</summary>
    public static Harmonizer Shipped => ShippedHarmonizer.Value;

    private static readonly Lazy<Harmonizer> ShippedHarmonizer =
        new(() => Harmonizer.From(ReferenceData.Load(Reference.RepositoryFolder.Reference)));

    public static Task<ImportResult> RunAsync(ImportOptions options, params string[] paths) =>
        RunAsync(Shipped, options, paths);

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

    /// <summary>Writes the files into a fresh folder, imports them, and returns the one error, asserting nothing was kept.</summary>
    public static async Task<ImportProblem> SingleErrorAsync(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder();
        var result = await RunAsync(files.Select(f => folder.Write(f.Name, f.Text)).ToArray());
        Assert.False(result.Succeeded);
        Assert.Empty(result.Cases);
        return Assert.Single(result.Errors);
    }

    /// <summary>Like <see cref="SingleErrorAsync"/> for one file given as bytes (compressed or binary input).</summary>
    public static async Task<ImportProblem> SingleBinaryErrorAsync(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        var result = await RunAsync(folder.WriteBytes(name, bytes));
        Assert.False(result.Succeeded, "the import succeeded");
        Assert.Empty(result.Cases);
        return Assert.Single(result.Errors);
    }

    public static OmicsCase Case(this IReadOnlyList<OmicsCase> cases, string sampleId) =>
        cases.SingleOrDefault(c => c.Specimen.SampleId == sampleId)
        ?? throw new Xunit.Sdk.XunitException($"No case for sample {sampleId}; cases: {string.Join(", ", cases.Select(c => c.Specimen.SampleId).Take(20))}");
}
