using BenchmarkDotNet.Attributes;
using OmicsReports.Ingest.Formats.Maf;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Benchmarks;

/// <summary>
/// MAF parsing speed: one synthetic MAF of <see cref="Rows"/> rows (35 columns, 10,000 samples) read into cases.
/// Rows per second = Rows / Mean.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class MafBenchmarks
{
    private string folder = string.Empty;
    private string maf = string.Empty;

    [Params(425_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("omics-bench-maf-").FullName;
        maf = new SyntheticStudy(mafRows: Rows).WriteMafOnly(Path.Combine(folder, "data_mutations.maf"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public async Task<int> ReadMaf()
    {
        var session = new ImportSession(new ImportOptions(), ShippedReference.Harmonizer);
        var file = session.Open(maf, "data_mutations.maf") ?? throw new InvalidOperationException("unreadable");
        await Importer.ReadWithAsync(new MafReader(), file, session, CancellationToken.None);
        return session.HasErrors ? -1 : Rows;
    }
}
