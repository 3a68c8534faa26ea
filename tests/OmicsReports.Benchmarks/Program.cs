using BenchmarkDotNet.Running;
using OmicsReports.Benchmarks;

// "generate <folder>" writes the synthetic study for a timed `omics report` run; "time-import <folder>" and
// "time-maf <file>" time one cold run in a fresh process (see docs/performance.md); anything else goes to
// BenchmarkDotNet, e.g. "--filter *Maf*".
if (args is ["generate", var folder])
{
    new SyntheticStudy().Write(folder);
    Console.WriteLine($"Wrote the synthetic study to {folder}");
    return 0;
}

if (args is ["time-import", var study])
{
    // One cold import in a fresh process, as `omics report` does it, without writing reports.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var result = await OmicsReports.Ingest.Pipeline.Importer.CreateDefault(ShippedReference.Harmonizer)
        .ImportAsync([study], new OmicsReports.Ingest.Pipeline.ImportOptions());
    clock.Stop();
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    // CPU time is what an idle machine's wall time would be: the import runs on one thread.
    var importCpu = process.TotalProcessorTime;
    Console.WriteLine($"Imported {result.Cases.Count} cases ({result.Cases.Sum(c => c.Variants.Count)} variants, errors: {result.Errors.Count}) " +
        $"in {clock.Elapsed.TotalSeconds:0.00} s wall, {importCpu.TotalSeconds:0.00} s CPU; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    clock.Restart();
    long bytes = 0;
    foreach (var c in result.Cases)
    {
        using var sink = new CountingStream();
        System.Text.Json.JsonSerializer.Serialize(sink, c, OmicsReports.Domain.Serialization.OmicsJson.Indented);
        bytes += sink.Length;
    }

    process.Refresh();
    Console.WriteLine($"Serialised {bytes / (1024 * 1024)} MB of indented JSON in {clock.Elapsed.TotalSeconds:0.00} s wall, " +
        $"{(process.TotalProcessorTime - importCpu).TotalSeconds:0.00} s CPU");
    return result.Succeeded ? 0 : 2;
}

if (args is ["time-maf", var maf])
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var session = new OmicsReports.Ingest.Pipeline.ImportSession(new OmicsReports.Ingest.Pipeline.ImportOptions(), ShippedReference.Harmonizer);
    var file = session.Open(maf, "maf")!;
    var scanned = clock.Elapsed.TotalSeconds;
    await OmicsReports.Ingest.Pipeline.Importer.ReadWithAsync(new OmicsReports.Ingest.Formats.Maf.MafReader(), file, session, CancellationToken.None);
    Console.WriteLine($"scan {scanned:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s");
    return 0;
}

// BenchmarkDotNet builds a project of its own first; on a busy shared machine that outlasts its 2-minute default.
var config = BenchmarkDotNet.Configs.ManualConfig.Create(BenchmarkDotNet.Configs.DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(SyntheticStudy).Assembly).Run(args, config);
return 0;
