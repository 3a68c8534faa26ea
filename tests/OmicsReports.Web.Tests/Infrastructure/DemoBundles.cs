using OmicsReports.Data.Demo;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Pipeline;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Web.Features.Import;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>
/// The shipped demo bundles (demo/cases) read by the real importer and evaluated by the shipped knowledge base,
/// without a database, the way the demo seeder does. Loaded once per test run.
/// </summary>
internal static class DemoBundles
{
    private static readonly Lazy<LoadedKnowledge> Shipped = new(() =>
    {
        var (knowledge, problems) = KnowledgeFolder.Load(Path.Combine(OmicsHome.Resolve(), "knowledge"));
        return knowledge ?? throw new InvalidOperationException($"The shipped knowledge base does not load: {string.Join("; ", problems)}");
    });

    private static readonly Lazy<Task<IReadOnlyList<DemoBundle>>> All = new(() => Loader().LoadAsync(DemoBundleLoader.Files(Folder), CancellationToken.None));

    public static string Folder => Path.Combine(OmicsHome.Resolve(), "demo", "cases");

    public static LoadedKnowledge Knowledge => Shipped.Value;

    /// <summary>A loader over the real importer and rules engine with the shipped knowledge base.</summary>
    public static DemoBundleLoader Loader() =>
        new(new IngestCaseImporter(Knowledge.CreateHarmonizer()), new DistillingReportEngine(Knowledge.CreateDistiller()));

    public static Task<IReadOnlyList<DemoBundle>> AllAsync() => All.Value;

    public static async Task<DemoBundle> ForAsync(string sampleId) =>
        (await AllAsync()).Single(b => b.Patient.SampleId == sampleId);
}
