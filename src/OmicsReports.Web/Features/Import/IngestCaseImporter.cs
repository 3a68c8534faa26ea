using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Web.Features.Import;

/// <summary>
/// Binds the upload form to the importers of OmicsReports.Ingest, which read from disk: the upload is written to a
/// private temporary folder (a .zip, such as a cBioPortal study, is checked and unpacked into a folder of its name),
/// imported, checked against <see cref="UploadLimits"/>, and deleted again whatever happens. File names in problems
/// and on the cases are given as the user uploaded them. Nothing is thrown for any upload: bad input is located
/// problems, and a defect is one "import-failed" problem (logged without patient data).
/// </summary>
internal sealed partial class IngestCaseImporter(Harmonizer harmonizer, ILogger<IngestCaseImporter>? logger = null) : ICaseImporter
{
    private readonly Importer importer = Importer.CreateDefault(harmonizer);

    public async Task<CaseImport> ImportAsync(IReadOnlyList<UploadedFile> files, IProgress<ImportStep>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Sum(f => (long)f.Content.Length) > UploadLimits.MaxBytes || files.Count > UploadLimits.MaxFiles)
        {
            return Refuse(files.Count > 0 ? files[0].Name : "(upload)", $"The upload is too large: {UploadLimits.Describe()}. Import it in parts.");
        }

        var folder = Directory.CreateTempSubdirectory("omics-upload-");
        try
        {
            var paths = new List<string>();
            foreach (var file in files)
            {
                var name = Path.GetFileName(file.Name);
                if (name.Length == 0 || paths.Contains(Path.Combine(folder.FullName, name)))
                {
                    return Refuse(file.Name, "Two uploaded files have the same name, or a file has none; rename one and upload again.");
                }

                var path = Path.Combine(folder.FullName, name);
                await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
                if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    paths.Add(path);
                    continue;
                }

                var target = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(name));
                if (UploadArchive.Extract(path, file.Name, target, UploadLimits.Archive) is { } refused)
                {
                    return new CaseImport([], [refused]);
                }

                File.Delete(path);
                paths.Add(StudyFolder(target));
            }

            progress?.Report(new ImportStep($"Reading {files.Count} file(s)", 0.45));
            var result = await importer.ImportAsync(paths, new ImportOptions(), cancellationToken);
            if (!result.Errors.Any())
            {
                progress?.Report(new ImportStep("Harmonized", 0.6)); // never for an upload that did not parse
            }

            var prefix = folder.FullName + Path.DirectorySeparatorChar;
            if (result.Succeeded && BeyondLimits(result.Cases) is { } beyond)
            {
                return new CaseImport([], [WithoutFolder(beyond, prefix)]);
            }

            return new CaseImport(
                result.Cases.Select(c => WithoutFolder(c, prefix)).ToList(),
                [.. result.Errors.Select(p => WithoutFolder(p, prefix)), .. result.Warnings.Select(p => WithoutFolder(p, prefix))]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect, not the input's fault: one line for the user; the log gets the type and where, not the data.
            if (logger is not null)
            {
                LogDefect(logger, ex.GetType().Name, ex.StackTrace);
            }

            return Refuse(files.Count > 0 ? files[0].Name : "(upload)",
                $"The import failed because of a defect in OmicsReports ({ex.GetType().Name}); nothing was stored. Please report it.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The study folder of an unpacked archive: its single top folder when there is one.</summary>
    private static string StudyFolder(string target)
    {
        var folders = Directory.GetDirectories(target);
        return folders.Length == 1 && Directory.GetFiles(target).Length == 0 ? folders[0] : target;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import failed with {Exception} at {Where}")]
    private static partial void LogDefect(ILogger logger, string exception, string? where);

    private static ImportProblem? BeyondLimits(IReadOnlyList<OmicsCase> cases)
    {
        if (cases.Count > UploadLimits.MaxCases)
        {
            return ImportProblem.Error("upload-limit", (cases[0].Sources is { Count: > 0 } sources ? sources[0].Name : "(upload)"), 0, null, string.Create(CultureInfo.InvariantCulture,
                $"The upload holds {cases.Count:N0} cases; one upload may hold at most {UploadLimits.MaxCases:N0}. Import the samples in parts, or use omics report."));
        }

        return cases.FirstOrDefault(c => c.Variants.Count > UploadLimits.MaxVariantsPerCase) is { } large
            ? ImportProblem.Error("upload-limit", large.Variants[0].Source.File, 0, null, string.Create(CultureInfo.InvariantCulture,
                $"Sample {large.Specimen.SampleId} holds {large.Variants.Count:N0} variants; one case may hold at most {UploadLimits.MaxVariantsPerCase:N0}. Filter the calls (for example to PASS, coding variants) and upload again."))
            : null;
    }

    private static CaseImport Refuse(string file, string message) =>
        new([], [ImportProblem.Error("upload", file, 0, null, message)]);

    private static ImportProblem WithoutFolder(ImportProblem problem, string prefix) =>
        problem with { File = problem.File.Replace(prefix, string.Empty, StringComparison.Ordinal) };

    /// <summary>
    /// The importers name files by the path they were given, here the temporary one. Every such name on the case
    /// (sources, finding locations, warnings) is rewritten to the uploaded name through the case's own JSON form.
    /// </summary>
    private static OmicsCase WithoutFolder(OmicsCase omicsCase, string prefix)
    {
        var json = ReportSnapshots.Serialize(omicsCase);
        var escaped = JsonSerializer.Serialize(prefix, OmicsReports.Domain.Serialization.OmicsJson.Compact)[1..^1];
        return json.Contains(escaped, StringComparison.Ordinal) ? ReportSnapshots.ReadCase(json.Replace(escaped, string.Empty, StringComparison.Ordinal)) : omicsCase;
    }
}
