using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Expands the user's paths into folder units and files, each with its reader.</summary>
internal sealed class ImportPlan(IReadOnlyList<IFormatReader> readers, IReadOnlyList<IFolderReader> folderReaders, ImportSession session)
{
    public List<(string Folder, IFolderReader Reader)> Folders { get; } = [];

    public List<(InputFile File, IFormatReader Reader)> Files { get; } = [];

    public void Add(string path)
    {
        if (Directory.Exists(path))
        {
            AddFolder(path, path, path);
        }
        else if (File.Exists(path))
        {
            AddFile(path, path, quietWhenUnknown: false, within: null);
        }
        else
        {
            session.Error(ImportProblem.Error("missing-input", path, 0, null, "No such file or folder."));
        }
    }

    /// <param name="root">The folder the user named: nothing found under it may lead out of it.</param>
    private void AddFolder(string folder, string shownAs, string root)
    {
        if (folderReaders.FirstOrDefault(r => r.Claims(folder)) is { } folderReader)
        {
            Folders.Add((folder, folderReader));
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.'))
            {
                AddFile(file, Path.Combine(shownAs, name), quietWhenUnknown: true, root);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (InputPaths.Escape(root, sub) is { } escape)
            {
                session.Error(ImportProblem.Error("outside-input", Path.Combine(shownAs, name), 0, null,
                    $"The folder {escape}; only files inside the imported folder are read."));
                continue;
            }

            AddFolder(sub, Path.Combine(shownAs, name), root);
        }
    }

    private void AddFile(string path, string shownAs, bool quietWhenUnknown, string? within)
    {
        var file = session.Open(path, shownAs, within);
        if (file is not null && Importer.Detect(readers, file, session, quietWhenUnknown) is { } reader)
        {
            Files.Add((file, reader));
        }
    }
}
