using System.Diagnostics;
using System.Text.Json;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- --study KNOWLEDGE OUT`: the distillation share of the 10,000-sample target. Distils
/// 10,000 synthetic cases of 43 variants each (425,000 variants in all, as in the import target) on all cores and
/// writes one report JSON per case, then prints the elapsed time, CPU time and peak working set.
/// </summary>
public static class StudyRun
{
    public static void Run(string knowledgeFolder, string outputFolder)
    {
        var watch = Stopwatch.StartNew();
        var (knowledge, problems) = KnowledgeFolder.Load(knowledgeFolder);
        var distiller = knowledge?.CreateDistiller() ?? throw new InvalidOperationException(string.Join('\n', problems));
        var genes = knowledge.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal).ToArray();
        var loaded = watch.Elapsed;
        Directory.CreateDirectory(outputFolder);
        const int samples = 10_000;
        var variants = 0L;
        Parallel.For(0, samples, i =>
        {
            var omicsCase = SyntheticCase.Create(genes, variantCount: 43, seed: i) with
            {
                Specimen = new Domain.Cases.Specimen { SampleId = $"S{i:D5}", TumorPurity = 0.5, MeanCoverage = 500 },
            };
            Interlocked.Add(ref variants, omicsCase.Variants.Count);
            var report = distiller.Distill(omicsCase);
            using var stream = File.Create(Path.Combine(outputFolder, $"S{i:D5}.report.json"));
            JsonSerializer.Serialize(stream, report, OmicsJson.Indented);
        });
        var process = Process.GetCurrentProcess();
        Console.WriteLine($"knowledge base loaded in {loaded.TotalSeconds:0.00} s");
        Console.WriteLine($"{samples} cases, {variants} variants distilled and written in {(watch.Elapsed - loaded).TotalSeconds:0.00} s " +
            $"(CPU {process.TotalProcessorTime.TotalSeconds:0.00} s, peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB, {Environment.ProcessorCount} cores)");
    }
}
