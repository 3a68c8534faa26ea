using System.Diagnostics;
using System.Text.Json;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Formats.Maf;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Benchmarks;

/// <summary>
/// The import's timed runs (docs/performance.md, "Import"): "--generate FOLDER" writes the synthetic study;
/// "--time-import FOLDER" imports it once in this fresh process, times the exon derivation again on its own, and
/// then serialises every case, printing wall and CPU time and the peak working set; "--time-maf FILE" reads one MAF.
/// </summary>
public static class ImportRuns
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        switch (args)
        {
            case ["--generate", var folder]:
                new SyntheticStudy().Write(folder);
                Console.WriteLine($"Wrote the synthetic study to {folder}");
                return true;
            case ["--time-import", var study]:
                await TimeImportAsync(study);
                return true;
            case ["--time-maf", var maf]:
                await TimeMafAsync(maf);
                return true;
            default:
                return false;
        }
    }

    private static async Task TimeImportAsync(string study)
    {
        var clock = Stopwatch.StartNew();
        var result = await Importer.CreateDefault(ShippedReference.Harmonizer).ImportAsync([study], new ImportOptions());
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        // CPU time is what an idle machine's wall time would be: the import runs on one thread.
        var importCpu = process.TotalProcessorTime;
        Console.WriteLine($"Imported {result.Cases.Count} cases ({result.Cases.Sum(c => c.Variants.Count)} variants, errors: {result.Errors.Count}) " +
            $"in {clock.Elapsed.TotalSeconds:0.00} s wall, {importCpu.TotalSeconds:0.00} s CPU; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
        // The share of the import that derives exons and splice sites (CaseAssembly runs it once per variant): the
        // same derivation again, timed apart.
        var before = process.TotalProcessorTime;
        clock.Restart();
        var located = result.Cases.SelectMany(c => c.Variants).Count(v => ShippedReference.Harmonizer.Locate(v).Location is not null);
        process.Refresh();
        Console.WriteLine($"Derived locations again: {located} of the variants got one, {clock.Elapsed.TotalSeconds:0.00} s wall, " +
            $"{(process.TotalProcessorTime - before).TotalSeconds:0.00} s CPU");
        // A file that names no transcript: every variant of a gene the table holds is placed on its MANE Select.
        before = process.TotalProcessorTime;
        clock.Restart();
        var placed = result.Cases.SelectMany(c => c.Variants).Count(v => ShippedReference.Harmonizer.Locate(v with { Transcript = null }).Location is not null);
        process.Refresh();
        Console.WriteLine($"Derived locations without transcript ids: {placed} placed, {clock.Elapsed.TotalSeconds:0.00} s wall, " +
            $"{(process.TotalProcessorTime - before).TotalSeconds:0.00} s CPU");
        importCpu = process.TotalProcessorTime;
        clock.Restart();
        long bytes = 0;
        foreach (var omicsCase in result.Cases)
        {
            using var sink = new CountingStream();
            JsonSerializer.Serialize(sink, omicsCase, OmicsJson.Indented);
            bytes += sink.Length;
        }

        process.Refresh();
        Console.WriteLine($"Serialised the cases to {bytes / (1024 * 1024)} MB of indented JSON in {clock.Elapsed.TotalSeconds:0.00} s wall, " +
            $"{(process.TotalProcessorTime - importCpu).TotalSeconds:0.00} s CPU");
    }

    private static async Task TimeMafAsync(string maf)
    {
        var clock = Stopwatch.StartNew();
        var session = new ImportSession(new ImportOptions(), ShippedReference.Harmonizer);
        var file = session.Open(maf, Path.GetFileName(maf)) ?? throw new InvalidOperationException(string.Join('\n', session.Errors));
        var scanned = clock.Elapsed.TotalSeconds;
        await Importer.ReadWithAsync(new MafReader(), file, session, CancellationToken.None);
        Console.WriteLine($"hash and encoding scan {scanned:0.00} s, total {clock.Elapsed.TotalSeconds:0.00} s, errors: {session.Errors.Count}");
    }
}
