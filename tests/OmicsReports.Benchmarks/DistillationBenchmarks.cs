using BenchmarkDotNet.Attributes;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Benchmarks;

/// <summary>
/// Distilling one 500-variant case against the full shipped knowledge base (target: median ≤ 1 ms). The knowledge
/// base and the case are built once; the measured work is what a report request does.
/// </summary>
[MemoryDiagnoser]
public class DistillationBenchmarks
{
    private ReportDistiller distiller = default!;
    private OmicsCase omicsCase = default!;
    private string inputHash = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var (knowledge, problems) = KnowledgeFolder.Load(KnowledgeFolderPath());
        distiller = knowledge?.CreateDistiller()
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        omicsCase = SyntheticCase.Create(knowledge.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal).ToArray());
        inputHash = CaseHash.Sha256(omicsCase);
    }

    /// <summary>The rules engine and report model alone, with the input's hash already known (stored cases).</summary>
    [Benchmark(Baseline = true)]
    public OmicsReport Distill() => distiller.Distill(omicsCase, inputHash);

    /// <summary>Including the SHA-256 of the case's JSON, as for a freshly imported case.</summary>
    [Benchmark]
    public OmicsReport DistillAndHashInput() => distiller.Distill(omicsCase);

    private static string KnowledgeFolderPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the checkout.");
    }
}
