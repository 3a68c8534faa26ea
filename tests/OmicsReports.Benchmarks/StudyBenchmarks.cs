using BenchmarkDotNet.Attributes;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Benchmarks;

/// <summary>The whole 10,000-sample synthetic study imported into cases (no files written).</summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class StudyBenchmarks
{
    private string folder = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("omics-bench-study-").FullName;
        new SyntheticStudy().Write(folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public async Task<int> ImportStudy()
    {
        var result = await Importer.CreateDefault(ShippedReference.Harmonizer).ImportAsync([folder], new ImportOptions());
        return result.Succeeded ? result.Cases.Count : throw new InvalidOperationException(string.Join('\n', result.Errors.Take(5)));
    }
}
