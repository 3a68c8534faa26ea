using System.Diagnostics;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Serialization;
using OmicsReports.Ingest.Diagnostics;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// Writes one file per case into a hidden staging folder inside the output folder, then moves them into place only
/// when every file was written, so a failure leaves the output folder as it was.
/// </summary>
internal static class ReportWriter
{
    /// <summary>Writes <c>&lt;sampleId&gt;&lt;suffix&gt;</c> as indented JSON per case.</summary>
    /// <param name="suffix">".report.json" for distilled reports, ".case.json" for harmonized cases.</param>
    /// <param name="content">What to write for a case: its distilled report, or the case itself.</param>
    /// <param name="timings">When set, the thread time of producing and of writing each file is added to it.</param>
    /// <param name="parallelism">Files produced at once (0: one per core, at least 2); the files are the same for any value.</param>
    public static Task<int> WriteAllAsync(
        IReadOnlyList<OmicsCase> cases, string folder, string suffix, Func<OmicsCase, object> content, CancellationToken cancellationToken,
        PhaseTimings? timings = null, int parallelism = 0) =>
        // Distilling and serialising are CPU-bound and writing waits on the disk: a few writers keep both busy.
        StageAllAsync(cases, folder, c => FileNameOf(c.Specimen.SampleId), suffix, parallelism > 0 ? parallelism : Math.Max(2, Environment.ProcessorCount), (c, path, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var value = content(c);
            var produced = Stopwatch.GetTimestamp();
            // Synchronous on purpose: each writer is a thread-pool thread with nothing else to do, and a report is a few
            // kilobytes the file system takes into its cache; the asynchronous path cost a state machine per flush. The
            // file is serialised into the thread's buffer and written in one call.
            JsonScratch.Serialize(value, OmicsJson.Indented, json =>
            {
                using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                RandomAccess.Write(file, json, 0);
                return json.Length;
            });

            timings?.Add(suffix == ".case.json" ? "  of which: case (as read)" : "  of which: distil", Stopwatch.GetElapsedTime(started, produced));
            timings?.Add("  of which: serialise and write", Stopwatch.GetElapsedTime(produced));
            return ValueTask.CompletedTask;
        }, cancellationToken, timings);

    /// <summary>
    /// Runs <paramref name="write"/> for every item with at most <paramref name="parallelism"/> at once, each writing
    /// the staging path it is given; then moves every file into <paramref name="folder"/>. Names that collide get "-2",
    /// "-3" before the suffix. Any exception leaves nothing behind.
    /// </summary>
    public static async Task<int> StageAllAsync<T>(
        IReadOnlyList<T> items, string folder, Func<T, string> baseName, string suffix, int parallelism,
        Func<T, string, CancellationToken, ValueTask> write, CancellationToken cancellationToken, PhaseTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Directory.CreateDirectory(folder);
        var staging = Directory.CreateDirectory(Path.Combine(folder, $".omics-staging-{Guid.NewGuid():N}")).FullName;
        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var staged = items.Select(item => (Item: item, Name: UniqueName(baseName(item), names) + suffix))
                .Select(s => (s.Item, From: Path.Combine(staging, s.Name), To: Path.Combine(folder, s.Name)))
                .ToList();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
            using (PhaseTimings.Time(timings, $"write {staged.Count} files (in parallel)"))
            {
                await Parallel.ForEachAsync(staged, parallel, (s, token) => write(s.Item, s.From, token));
            }

            using var moving = PhaseTimings.Time(timings, "move into place");
            foreach (var (_, from, to) in staged)
            {
                File.Move(from, to, overwrite: true);
            }

            return staged.Count;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>A sample ID made safe as a file name ("/" and other reserved characters become "_").</summary>
    internal static string FileNameOf(string sampleId)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. sampleId.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return safe.Length == 0 || safe.StartsWith('.') ? "_" + safe : safe;
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}
