using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Pdf.Benchmarks;

/// <summary>
/// Times the PDF export as the app uses it (AddOmicsPdf, one exporter): the first export with a cold browser, then
/// warm exports one after another, then a burst of concurrent exports with the memory they take, then a batch such as
/// `omics report &lt;study&gt; --format pdf` would print. The typical report is SampleReports.Draft(): 3 A4 pages.
/// </summary>
public static class PdfBenchmark
{
    public static async Task<int> RunAsync(PdfBenchmarkOptions run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omics:Pdf:MaxConcurrentExports"] = run.MaxConcurrent.ToString(CultureInfo.InvariantCulture),
            ["Omics:Pdf:Fonts"] = run.Fonts,
            ["Omics:Pdf:TimeoutSeconds"] = "120",
        }).Build();
        await using var services = new ServiceCollection().AddOmicsPdf(configuration).BuildServiceProvider();
        var exporter = services.GetRequiredService<PdfExporter>();
        var request = SampleReports.Draft();
        Console.WriteLine($"PDF export benchmark: {Environment.ProcessorCount} cores, fonts {run.Fonts}, max {run.MaxConcurrent} concurrent");

        var cold = Stopwatch.StartNew();
        var first = await exporter.ExportAsync(request);
        Report("first export (cold browser)", cold.Elapsed.TotalMilliseconds, first);

        var times = new List<double>();
        PdfFile last = first;
        var cpuBefore = Cpu();
        for (var i = 0; i < run.Warm; i++)
        {
            var watch = Stopwatch.StartNew();
            last = await exporter.ExportAsync(request);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var cpuPerExport = (Cpu() - cpuBefore).TotalMilliseconds / Math.Max(1, run.Warm);
        times.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"warm, sequential ({run.Warm}): median {times[times.Count / 2]:0} ms, p90 {times[(int)(times.Count * 0.9)]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms, {last.Content.Length / 1024} KB each; CPU {cpuPerExport:0} ms per export (all processes)"));
        Console.WriteLine($"load average during the run: {File.ReadAllText("/proc/loadavg").Trim()}");

        // The share of a warm export spent composing the HTML in this process (no browser involved).
        var composer = services.GetRequiredService<PrintComposer>();
        var composing = new List<double>();
        for (var i = 0; i < run.Warm; i++)
        {
            var watch = Stopwatch.StartNew();
            await composer.ComposeAsync(request, "benchmark");
            composing.Add(watch.Elapsed.TotalMilliseconds);
        }

        composing.Sort();
        Console.WriteLine(FormattableString.Invariant($"composing the HTML alone ({run.Warm}): median {composing[composing.Count / 2]:0.0} ms"));

        var baseline = Memory(exporter);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Memory(exporter));
                await Task.Delay(50);
            }
        });
        var burst = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, run.Concurrent).Select(async _ =>
        {
            try
            {
                return (await exporter.ExportAsync(request)).Content.Length > 0;
            }
            catch (PdfExportException ex)
            {
                await Console.Error.WriteLineAsync($"  failed: {ex.Failure}: {ex.Message}");
                return false;
            }
        }));
        burst.Stop();
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine(FormattableString.Invariant(
            $"concurrent ({run.Concurrent} at once): {results.Count(ok => ok)}/{run.Concurrent} succeeded in {burst.Elapsed.TotalMilliseconds:0} ms; Chromium memory {baseline / 1048576} MB before, peak {peak / 1048576} MB"));

        var batch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, run.Batch).Select(_ => exporter.ExportAsync(request)));
        Console.WriteLine(FormattableString.Invariant($"batch ({run.Batch} reports, warm browser): {batch.Elapsed.TotalMilliseconds:0} ms"));
        return results.All(ok => ok) ? 0 : 1;
    }

    private static void Report(string what, double milliseconds, PdfFile file) =>
        Console.WriteLine(FormattableString.Invariant($"{what}: {milliseconds:0} ms, {file.Content.Length / 1024} KB"));

    /// <summary>CPU used so far by this process, the Playwright driver and every Chromium process.</summary>
    private static TimeSpan Cpu() => ProcessCpu.OfTree(ChromiumProcesses.Tree(Environment.ProcessId));

    /// <summary>Resident memory of the browser and all its helper processes.</summary>
    private static long Memory(PdfExporter exporter) =>
        exporter.Host.Current is { } session && ChromiumProcesses.FindBrowser(session.InstanceTag) is { } pid
            ? ChromiumProcesses.ResidentBytes(ChromiumProcesses.Tree(pid))
            : 0;
}
