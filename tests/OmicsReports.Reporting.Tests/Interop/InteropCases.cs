using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Reporting.Print;
using OmicsReports.Testing;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Real cases distilled by the shipped knowledge base, loaded once per test run: the seven demo patients (every kind
/// of finding the report shows) and every sample of the cBioPortal study study_es_0 of the shared corpus.
/// </summary>
internal static class InteropCases
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<LoadedKnowledge> LoadedKnowledge = new(() =>
    {
        var (knowledge, problems) = KnowledgeFolder.Load(Path.Combine(InteropTools.RepositoryRoot(), "knowledge"));
        return knowledge ?? throw new InvalidOperationException(string.Join('\n', problems));
    });

    private static readonly Lazy<Task<IReadOnlyList<OmicsCase>>> Demo = new(() =>
        ImportAsync(Directory.GetFiles(Path.Combine(InteropTools.RepositoryRoot(), "demo", "cases"), "*.json").Order(StringComparer.Ordinal).ToArray()));

    private static readonly Lazy<Task<IReadOnlyList<OmicsCase>>> Study = new(() =>
        ImportAsync([TestData.Path("cbioportal_study_es_0", "study_es_0")]));

    public static LoadedKnowledge Knowledge => LoadedKnowledge.Value;

    public static Task<IReadOnlyList<OmicsCase>> DemoCasesAsync() => Demo.Value;

    public static Task<IReadOnlyList<OmicsCase>> StudyCasesAsync() => Study.Value;

    public static OmicsReport Distill(OmicsCase omicsCase) => Knowledge.CreateDistiller().Distill(omicsCase);

    /// <summary>A version of the case's report: a draft by default; <paramref name="signed"/> adds a signature.</summary>
    public static PrintRequest Request(OmicsCase omicsCase, bool signed = false, string? amendmentReason = null, int version = 1) => new(
        Distill(omicsCase),
        omicsCase,
        new PrintVersion
        {
            ReportId = "R-" + omicsCase.Specimen.SampleId,
            Version = version,
            AmendmentReason = amendmentReason,
            Signature = signed ? new PrintSigning("Dr. Ada Pathologist", GeneratedAt.AddHours(-1), "I approve the release of this report.") : null,
        },
        GeneratedAt);

    /// <summary>Imports with the knowledge base's reference tables, as the app and the command line do.</summary>
    public static async Task<IReadOnlyList<OmicsCase>> ImportAsync(IReadOnlyList<string> paths)
    {
        var result = await Importer.CreateDefault(Knowledge.CreateHarmonizer()).ImportAsync(paths, new ImportOptions());
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        return result.Cases;
    }
}
