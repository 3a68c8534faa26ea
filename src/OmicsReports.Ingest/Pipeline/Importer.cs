using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Diagnostics;
using OmicsReports.Ingest.Harmonizing;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Runs the readers over the given files and folders and returns every case, or every error and no case. It stores
/// and writes nothing: callers persist the result only when <see cref="ImportResult.Succeeded"/>.
/// </summary>
public sealed class Importer
{
    private readonly IReadOnlyList<IFormatReader> readers;
    private readonly IReadOnlyList<IFolderReader> folderReaders;
    private readonly Harmonizer harmonizer;

    public Importer(IEnumerable<IFormatReader> readers, IEnumerable<IFolderReader> folderReaders, Harmonizer harmonizer)
    {
        this.readers = [.. readers];
        this.folderReaders = [.. folderReaders];
        this.harmonizer = harmonizer ?? throw new ArgumentNullException(nameof(harmonizer));
    }

    /// <summary>When set, each phase of an import (checking, reading each file, assembling) is timed into it.</summary>
    public PhaseTimings? Timings { get; set; }

    /// <summary>An importer with every format OmicsReports reads (see <see cref="FormatRegistry"/>).</summary>
    public static Importer CreateDefault(Harmonizer harmonizer) =>
        new(FormatRegistry.FileReaders(), FormatRegistry.FolderReaders(), harmonizer);

    public async Task<ImportResult> ImportAsync(IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var session = new ImportSession(options, harmonizer) { Timings = Timings };
        var plan = new ImportPlan(readers, folderReaders, session);
        foreach (var path in paths)
        {
            await Guarded(session, path, () =>
            {
                plan.Add(path);
                return Task.CompletedTask;
            });
        }

        foreach (var (folder, reader) in plan.Folders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Guarded(session, folder, () => reader.ReadAsync(folder, session, cancellationToken));
        }

        foreach (var (file, reader) in plan.Files.OrderBy(f => f.Reader.Order))
        {
            if (session.ShouldStop)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            session.BeginFile(file, reader.Format);
            using (PhaseTimings.Time(Timings, $"read {reader.Format}"))
            {
                await Guarded(session, file.Name, () => reader.ReadAsync(file, session, cancellationToken));
            }
        }

        using (PhaseTimings.Time(Timings, "assemble cases"))
        {
            return CaseAssembly.Finish(session);
        }
    }

    /// <summary>
    /// Readers report bad input as located problems and never throw for it; an exception that still escapes one (a
    /// file the readers did not foresee, or a file system that fails) refuses the import with one error naming the
    /// input, instead of a stack trace, so that nothing is stored either way.
    /// </summary>
    private static async Task Guarded(ImportSession session, string input, Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var what = ex is IOException or UnauthorizedAccessException
                ? $"it cannot be read ({ex.GetType().Name})"
                : $"reading it stopped on an unexpected {ex.GetType().Name}; if the file is valid, this is a defect in OmicsReports, please report it";
            session.Error(ImportProblem.Error("unreadable", input, 0, null, $"The input was refused: {what}. Nothing was imported."));
        }
    }

    /// <summary>Reads one file with a reader chosen by the caller (tests, the study reader).</summary>
    public static async Task ReadWithAsync(IFormatReader reader, InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(session);
        session.BeginFile(file, reader.Format);
        using (PhaseTimings.Time(session.Timings, $"read {reader.Format}"))
        {
            await reader.ReadAsync(file, session, cancellationToken);
        }
    }

    /// <summary>Picks the reader with the strongest detection; null with an error when none or several tie.</summary>
    public static IFormatReader? Detect(IEnumerable<IFormatReader> readers, InputFile file, ImportSession session, bool quietWhenUnknown)
    {
        ArgumentNullException.ThrowIfNull(session);
        var sniff = FileSniff.Of(file);
        var ranked = readers.Select(r => (Reader: r, Score: r.Detect(sniff))).Where(r => r.Score > Detection.No)
            .OrderByDescending(r => r.Score).ToList();
        if (ranked.Count == 0)
        {
            if (quietWhenUnknown)
            {
                session.Warn(ImportProblem.Warning("unrecognised-file", file.Name, 0, null, "Not a format OmicsReports reads; the file was ignored."));
            }
            else
            {
                session.Error("unrecognised-file", file, 0, null,
                    "Not a format OmicsReports reads (see docs/formats.md): no reader recognised its header.");
            }

            return null;
        }

        var best = ranked.TakeWhile(r => r.Score == ranked[0].Score).ToList();
        if (best.Count > 1)
        {
            session.Error("ambiguous-format", file, 1, null,
                $"The header fits several formats ({string.Join(", ", best.Select(b => b.Reader.Format))}); " +
                "import it inside a cBioPortal study whose meta file names its datatype.");
            return null;
        }

        return best[0].Reader;
    }
}
