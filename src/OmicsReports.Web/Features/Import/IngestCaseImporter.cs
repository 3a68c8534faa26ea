using System.IO.Compression;
using System.Text.Json;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Web.Features.Import;

/// <summary>
/// Binds the upload form to the importers of OmicsReports.Ingest, which read from disk: the upload is written to a
/// private temporary folder (a .zip, such as a cBioPortal study, is unpacked into a folder of its name), imported,
/// and deleted again whatever happens. File names in problems and on the cases are given as the user uploaded them.
/// </summary>
internal sealed class IngestCaseImporter(Harmonizer harmonizer) : ICaseImporter
{
    /// <summary>Unpacked size limit for one upload: a zip bomb is refused before anything is written.</summary>
    private const long MaxUnpackedBytes = 2L * 1024 * 1024 * 1024;

    private readonly Importer importer = Importer.CreateDefault(harmonizer);

    public async Task<CaseImport> ImportAsync(IReadOnlyList<UploadedFile> files, IProgress<ImportStep>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
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
                paths.Add(name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Unzip(path) ?? path : path);
            }

            progress?.Report(new ImportStep($"Reading {files.Count} file(s)", 0.45));
            var result = await importer.ImportAsync(paths, new ImportOptions(), cancellationToken);
            if (!result.Errors.Any())
            {
                progress?.Report(new ImportStep("Harmonized", 0.6)); // never for an upload that did not parse
            }

            var prefix = folder.FullName + Path.DirectorySeparatorChar;
            return new CaseImport(
                result.Cases.Select(c => WithoutFolder(c, prefix)).ToList(),
                [.. result.Errors.Select(p => WithoutFolder(p, prefix)), .. result.Warnings.Select(p => WithoutFolder(p, prefix))]);
        }
        catch (InvalidDataException ex)
        {
            return Refuse(files.FirstOrDefault(f => f.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))?.Name ?? "(upload)",
                $"The zip archive cannot be read: {ex.Message}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Unpacks beside the archive; returns the study folder (the single top folder when there is one).</summary>
    private static string? Unzip(string archive)
    {
        var target = Path.Combine(Path.GetDirectoryName(archive)!, Path.GetFileNameWithoutExtension(archive));
        using (var zip = ZipFile.OpenRead(archive))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new InvalidDataException("it would unpack to more than 2 GB.");
            }

            // ExtractToDirectory refuses entries that would land outside the target ("zip slip").
            zip.ExtractToDirectory(target);
        }

        File.Delete(archive);
        var folders = Directory.GetDirectories(target);
        return folders.Length == 1 && Directory.GetFiles(target).Length == 0 ? folders[0] : target;
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
