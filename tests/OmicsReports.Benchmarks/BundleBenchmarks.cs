using BenchmarkDotNet.Attributes;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Benchmarks;

/// <summary>
/// Importing and distilling one large case bundle (issue 12: 100,000 variants in at most 10 s on 2 cores; before the
/// fix 30,000 took 34 s and 100,000 did not finish). The bundle is written once; each operation imports it from disk
/// (schema validation, mapping, harmonizing, value checks) and distils the case against the shipped knowledge base.
/// </summary>
[MemoryDiagnoser]
public class BundleBenchmarks
{
    private string folder = string.Empty;
    private string bundle = string.Empty;
    private ReportDistiller distiller = default!;
    private Importer importer = default!;

    [Params(10_000, 100_000)]
    public int Variants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (knowledge, problems) = KnowledgeFolder.Load(BundleRun.KnowledgePath());
        var loaded = knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        distiller = loaded.CreateDistiller();
        importer = Importer.CreateDefault(loaded.CreateHarmonizer());
        folder = Directory.CreateTempSubdirectory("omics-bundle-bench-").FullName;
        bundle = Path.Combine(folder, "bundle.json");
        SyntheticBundle.Write(bundle, [.. loaded.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal)], Variants);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public OmicsReport ImportAndDistill()
    {
        var result = importer.ImportAsync([bundle], new ImportOptions()).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Take(5)));
        }

        return distiller.Distill(result.Cases[0]);
    }
}
