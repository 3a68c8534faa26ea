using System.Diagnostics;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Benchmarks;

/// <summary>
/// "--time-bundle N": writes an N-variant bundle, then imports and distils it once in this fresh process (cold, as
/// <c>omics report</c> does), printing each stage's wall time; the knowledge base is loaded before the clock starts.
/// </summary>
public static class BundleRun
{
    public static async Task RunAsync(int variants)
    {
        var (knowledge, problems) = KnowledgeFolder.Load(KnowledgePath());
        var loaded = knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        var folder = Directory.CreateTempSubdirectory("omics-bundle-run-").FullName;
        try
        {
            var bundle = Path.Combine(folder, "bundle.json");
            SyntheticBundle.Write(bundle, [.. loaded.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal)], variants);
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await Importer.CreateDefault(loaded.CreateHarmonizer()).ImportAsync([bundle], new ImportOptions());
            var imported = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var importCpu = process.TotalProcessorTime - cpuBefore;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Take(5)));
            }

            var report = loaded.CreateDistiller().Distill(result.Cases[0]);
            process.Refresh();
            var totalCpu = process.TotalProcessorTime - cpuBefore;
            // CPU time is what a quiet machine's wall time would be (both stages run on one thread, plus the GC).
            Console.WriteLine($"{variants} variants ({new FileInfo(bundle).Length / 1024 / 1024} MB on one line): import {imported:0.00} s wall / " +
                $"{importCpu.TotalSeconds:0.00} s CPU, distil {clock.Elapsed.TotalSeconds - imported:0.00} s wall / {(totalCpu - importCpu).TotalSeconds:0.00} s CPU, " +
                $"total {clock.Elapsed.TotalSeconds:0.00} s wall / {totalCpu.TotalSeconds:0.00} s CPU; {report.Implications.Count} implications; " +
                $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The checkout's knowledge folder.</summary>
    public static string KnowledgePath()
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
